using FocalBot.Domain.Members;
using FocalBot.Domain.Requests;
using FocalBot.Domain.Shared;
using FocalBot.Domain.Tests.Members;

namespace FocalBot.Domain.Tests.Requests;

/// The office releases a compilation after the deadline, or earlier once every state asked has answered, to the members
/// the request names; never a compilation the office keeps.
public sealed class CompilationReleaseTests
{
    static readonly Member Office = AMember.Office();
    static readonly Member France = AMember.FocalPoint("FR", lead: true);
    static readonly Member FranceAlternate = AMember.FocalPoint("FR");
    static readonly Member Germany = AMember.FocalPoint("DE");
    static readonly Member Italy = AMember.FocalPoint("IT");
    static readonly Member Spain = AMember.FocalPoint("ES");
    static readonly Member Expert = AMember.Expert() with { StateCode = "FR" };
    static readonly Member Retired = AMember.FocalPoint("DE") with { Status = MemberStatus.Left };
    static readonly Member[] Everyone = [Office, France, FranceAlternate, Germany, Italy, Spain, Expert, Retired];

    static readonly DateOnly BeforeDeadline = new(2026, 3, 19);
    static readonly DateOnly DeadlineDay = ARequest.Deadline;
    static readonly DateOnly AfterDeadline = new(2026, 3, 21);

    /// Sent to France, Germany and Italy; Spain is not asked.
    static InformationRequest Request(CompilationRecipients recipients = CompilationRecipients.Audience) =>
        ARequest.Sent() with { Audience = Audience.Of("FR", "DE", "IT"), Recipients = recipients };

    static readonly HashSet<StateCode> FranceAnswered = ["FR"];
    static readonly HashSet<StateCode> AllAnswered = ["FR", "DE", "IT"];

    static Outcome<ReleasedCompilation, ReleaseRefusal> Release(InformationRequest request, IReadOnlySet<StateCode> answered, DateOnly today, Member? actor = null) =>
        CompilationRelease.Release(actor ?? Office, request, answered, Everyone, today);

    [Fact]
    public void After_the_deadline_the_office_releases_it_to_every_focal_point_asked_and_dates_it()
    {
        var released = Release(Request(), FranceAnswered, AfterDeadline).Value!;

        Assert.Equal(AfterDeadline, released.Request.ReleasedOn);
        Assert.Equal([France.Id, FranceAlternate.Id, Germany.Id, Italy.Id], released.Recipients.Select(m => m.Id));
    }

    [Fact]
    public void Released_to_the_states_that_answered_it_goes_to_their_focal_points_only()
    {
        var released = Release(Request(CompilationRecipients.Responders), FranceAnswered, AfterDeadline).Value!;

        Assert.Equal([France.Id, FranceAlternate.Id], released.Recipients.Select(m => m.Id));
        Assert.True(CompilationAccess.MayOpen(France, released.Request, FranceAnswered));
        Assert.False(CompilationAccess.MayOpen(Germany, released.Request, FranceAnswered));
    }

    [Fact]
    public void Before_the_deadline_it_waits_for_every_state_asked()
    {
        Assert.Equal(ReleaseRefusal.TooEarly, Release(Request(), FranceAnswered, BeforeDeadline).Refusal);
        Assert.Equal(ReleaseRefusal.TooEarly, Release(Request(), FranceAnswered, DeadlineDay).Refusal);   // answers are on time all that day
        Assert.Equal(BeforeDeadline, Release(Request(), AllAnswered, BeforeDeadline).Value!.Request.ReleasedOn);
        Assert.True(CompilationRelease.IsDue(Request(), AllAnswered, BeforeDeadline));
        Assert.False(CompilationRelease.IsDue(Request(), FranceAnswered, DeadlineDay));
    }

    [Fact]
    public void A_compilation_the_office_keeps_is_never_released()
    {
        Assert.Equal(ReleaseRefusal.KeptByOffice, Release(Request(CompilationRecipients.Office), AllAnswered, AfterDeadline).Refusal);
        Assert.Equal(ReleaseRefusal.KeptByOffice,
            CompilationRelease.Check(Office, Request(CompilationRecipients.Office), AllAnswered, Everyone, AfterDeadline));
    }

    [Fact]
    public void Only_an_active_office_member_releases_a_sent_request()
    {
        Assert.Equal(ReleaseRefusal.NotAllowed, Release(Request(), AllAnswered, AfterDeadline, France).Refusal);
        Assert.Equal(ReleaseRefusal.NotAllowed, Release(Request(), AllAnswered, AfterDeadline, Office with { Status = MemberStatus.Left }).Refusal);
        Assert.Equal(ReleaseRefusal.NotSent, Release(ARequest.Draft() with { Audience = Audience.Of("FR") }, AllAnswered, AfterDeadline).Refusal);
    }

    [Fact]
    public void A_closed_request_is_released_too_but_only_once()
    {
        var closed = Request() with { Status = RequestStatus.Closed };

        var released = Release(closed, FranceAnswered, AfterDeadline).Value!.Request;

        Assert.Equal(ReleaseRefusal.AlreadyReleased, Release(released, FranceAnswered, AfterDeadline.AddDays(3)).Refusal);
    }

    [Fact]
    public void A_release_that_nobody_would_receive_is_refused()
    {
        var nobodyAnswered = new HashSet<StateCode>();

        Assert.Equal(ReleaseRefusal.NoRecipient, Release(Request(CompilationRecipients.Responders), nobodyAnswered, AfterDeadline).Refusal);
        Assert.Equal(ReleaseRefusal.NoRecipient, Release(Request() with { Audience = Audience.Of("MT") }, nobodyAnswered, AfterDeadline).Refusal);
    }

    [Fact]
    public void A_group_audience_receives_it_only_through_the_groups_focal_points()
    {
        var group = Request() with { Audience = Audience.ForGroup("g1", "Children", "Enfants", [France, Germany]) };

        var released = Release(group, AllAnswered, AfterDeadline).Value!;

        Assert.Equal([France.Id, Germany.Id], released.Recipients.Select(m => m.Id));
    }

    [Fact]
    public void The_office_may_open_it_before_the_release_and_nobody_else()
    {
        var sent = Request();

        Assert.True(CompilationAccess.MayOpen(Office, sent, AllAnswered));
        Assert.False(CompilationAccess.MayOpen(France, sent, AllAnswered));
        Assert.False(CompilationAccess.MayOpen(Expert, sent with { ReleasedOn = AfterDeadline }, AllAnswered));
        Assert.False(CompilationAccess.MayOpen(Spain, sent with { ReleasedOn = AfterDeadline }, AllAnswered));
        Assert.Empty(CompilationRelease.Recipients(sent, AllAnswered, Everyone));
    }
}
