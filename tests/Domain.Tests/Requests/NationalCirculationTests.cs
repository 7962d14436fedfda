using FocalBot.Domain.Members;
using FocalBot.Domain.Requests;
using FocalBot.Domain.Tests.Members;

namespace FocalBot.Domain.Tests.Requests;

/// Who circulates a request nationally, with which national deadline, and who reads a filled copy back.
public sealed class NationalCirculationTests
{
    static readonly InformationRequest Request = ARequest.Sent() with { Audience = Audience.Of("FR", "DE") };
    static readonly Member Elise = AMember.FocalPoint("FR", lead: true);
    static readonly DateOnly Today = new(2026, 3, 10);

    [Fact]
    public void A_focal_point_of_a_state_asked_circulates_an_open_request_with_or_without_a_national_deadline()
    {
        Assert.Null(NationalCirculation.MayCirculate(Request, Elise, null, Today));
        Assert.Null(NationalCirculation.MayCirculate(Request, Elise, Today, Today));
        Assert.Null(NationalCirculation.MayCirculate(Request, Elise, ARequest.Deadline.AddDays(-1), Today));
    }

    [Fact]
    public void The_national_deadline_comes_before_the_networks_and_is_not_over()
    {
        Assert.Equal(CirculationRefusal.NationalDeadlineNotEarlier, NationalCirculation.MayCirculate(Request, Elise, ARequest.Deadline, Today));
        Assert.Equal(CirculationRefusal.NationalDeadlineNotEarlier, NationalCirculation.MayCirculate(Request, Elise, ARequest.Deadline.AddDays(5), Today));
        Assert.Equal(CirculationRefusal.NationalDeadlinePassed, NationalCirculation.MayCirculate(Request, Elise, Today.AddDays(-1), Today));
    }

    [Fact]
    public void Only_focal_points_of_a_state_asked_circulate_an_open_request()
    {
        Assert.Equal(CirculationRefusal.NotAllowed, NationalCirculation.MayCirculate(Request, AMember.Office(), null, Today));
        Assert.Equal(CirculationRefusal.NotAllowed, NationalCirculation.MayCirculate(Request, AMember.Expert(), null, Today));
        Assert.Equal(CirculationRefusal.NotAllowed, NationalCirculation.MayCirculate(Request, Elise with { Status = MemberStatus.Left }, null, Today));
        Assert.Equal(CirculationRefusal.StateNotAsked, NationalCirculation.MayCirculate(Request, AMember.FocalPoint("IT"), null, Today));
        Assert.Equal(CirculationRefusal.Closed, NationalCirculation.MayCirculate(Request with { Status = RequestStatus.Closed }, Elise, null, Today));
        Assert.Equal(CirculationRefusal.NotOpen, NationalCirculation.MayCirculate(ARequest.Draft(), Elise, null, Today));
    }

    [Fact]
    public void A_copy_is_read_back_only_into_the_answer_of_the_state_it_was_circulated_for()
    {
        Assert.Null(NationalCirculation.MayReadBack(Request, AMember.FocalPoint("FR"), "FR"));
        Assert.Equal(CirculationRefusal.OtherState, NationalCirculation.MayReadBack(Request, Elise, "DE"));
        Assert.Equal(CirculationRefusal.StateNotAsked, NationalCirculation.MayReadBack(Request, AMember.FocalPoint("IT"), "IT"));
        Assert.Equal(CirculationRefusal.Closed, NationalCirculation.MayReadBack(Request with { Status = RequestStatus.Closed }, Elise, "FR"));
        Assert.Equal(CirculationRefusal.NotAllowed, NationalCirculation.MayReadBack(Request, AMember.Office(), "FR"));
    }
}
