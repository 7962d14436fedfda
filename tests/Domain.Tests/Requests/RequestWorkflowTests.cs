using FocalBot.Domain.Members;
using FocalBot.Domain.Requests;
using FocalBot.Domain.Shared;
using FocalBot.Domain.Tests.Members;

namespace FocalBot.Domain.Tests.Requests;

public sealed class RequestWorkflowTests
{
    static readonly DateOnly Today = ARequest.Today;
    static readonly Member Office = AMember.Office();
    static readonly Member FocalPoint = AMember.FocalPoint("FR");

    static Outcome<InformationRequest, RequestRefusal> Send(InformationRequest request, Member? actor = null) =>
        RequestWorkflow.Send(actor ?? Office, request, ARequest.Number, Today, WorkingDays.WeekdaysOnly, RequestSettings.Default);

    [Fact]
    public void The_office_raises_a_draft_and_sends_it_with_its_number()
    {
        var raised = RequestWorkflow.Raise(Office, ARequest.Draft(), Today).Value!;

        var sent = Send(raised).Value!;

        Assert.Equal(RequestStatus.Draft, raised.Status);
        Assert.Equal(Office.Id, raised.RequesterId);
        Assert.Equal(RequestStatus.Sent, sent.Status);
        Assert.Equal(ARequest.Number, sent.Number);
        Assert.Equal(Today, sent.SentOn);
    }

    [Fact]
    public void Focal_points_and_experts_may_not_raise_or_send()
    {
        Assert.Equal(RequestRefusal.NotAllowed, RequestWorkflow.Raise(FocalPoint, ARequest.Draft(), Today).Refusal);
        Assert.Equal(RequestRefusal.NotAllowed, Send(ARequest.Draft(), FocalPoint).Refusal);
        Assert.Equal(RequestRefusal.NotAllowed, Send(ARequest.Draft(), AMember.Expert()).Refusal);
        Assert.Equal(RequestRefusal.NotAllowed, Send(ARequest.Draft(), Office with { Status = MemberStatus.Left }).Refusal);
    }

    [Fact]
    public void A_focal_point_proposes_and_the_office_approves_before_sending()
    {
        var proposed = RequestWorkflow.Propose(FocalPoint, ARequest.Draft() with { Kind = RequestKind.AdHoc }, Today).Value!;

        Assert.Equal(RequestStatus.Proposed, proposed.Status);
        Assert.Equal(FocalPoint.Id, proposed.RequesterId);
        Assert.Equal(RequestRefusal.NotApproved, Send(proposed).Refusal);

        var approved = RequestWorkflow.Approve(Office, proposed).Value!;
        Assert.Equal(RequestStatus.Sent, Send(approved).Value!.Status);
    }

    [Fact]
    public void Experts_may_not_propose() =>
        Assert.Equal(RequestRefusal.NotAllowed, RequestWorkflow.Propose(AMember.Expert(), ARequest.Draft(), Today).Refusal);

    [Fact]
    public void Only_the_office_approves_or_declines_and_only_a_proposal()
    {
        var proposed = RequestWorkflow.Propose(FocalPoint, ARequest.Draft(), Today).Value!;

        Assert.Equal(RequestRefusal.NotAllowed, RequestWorkflow.Approve(FocalPoint, proposed).Refusal);
        Assert.Equal(RequestRefusal.NotAllowed, RequestWorkflow.Decline(FocalPoint, proposed, "No").Refusal);
        Assert.Equal(RequestRefusal.NotProposed, RequestWorkflow.Approve(Office, ARequest.Sent()).Refusal);
        Assert.Equal(RequestRefusal.NotProposed, RequestWorkflow.Decline(Office, ARequest.Draft(), "No").Refusal);
    }

    [Fact]
    public void Declining_needs_a_reason_and_a_declined_request_cannot_be_sent()
    {
        var proposed = RequestWorkflow.Propose(FocalPoint, ARequest.Draft(), Today).Value!;

        Assert.Equal(RequestRefusal.ReasonMissing, RequestWorkflow.Decline(Office, proposed, " ").Refusal);
        var declined = RequestWorkflow.Decline(Office, proposed, "Covered by the 2025 survey").Value!;

        Assert.Equal(RequestStatus.Declined, declined.Status);
        Assert.Equal("Covered by the 2025 survey", declined.DeclineReason);
        Assert.Equal(RequestRefusal.Declined, Send(declined).Refusal);
    }

    [Fact]
    public void A_request_is_sent_once_and_closed_once()
    {
        var sent = ARequest.Sent();

        Assert.Equal(RequestRefusal.AlreadySent, Send(sent).Refusal);
        var closed = RequestWorkflow.Close(Office, sent).Value!;
        Assert.Equal(RequestStatus.Closed, closed.Status);
        Assert.Equal(RequestRefusal.Closed, RequestWorkflow.Close(Office, closed).Refusal);
        Assert.Equal(RequestRefusal.Closed, Send(closed).Refusal);
        Assert.Equal(RequestRefusal.NotSent, RequestWorkflow.Close(Office, ARequest.Draft()).Refusal);
    }

    [Fact]
    public void An_invalid_request_is_not_sent_and_nothing_changes()
    {
        var draft = ARequest.Draft() with { Deadline = Today.AddDays(2) };

        var outcome = Send(draft);

        Assert.Equal(RequestRefusal.Invalid, outcome.Refusal);
        Assert.Null(outcome.Value);
        Assert.Equal(RequestStatus.Draft, draft.Status);
    }
}
