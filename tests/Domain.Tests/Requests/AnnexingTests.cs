using FocalBot.Domain.Members;
using FocalBot.Domain.Requests;
using FocalBot.Domain.Shared;
using FocalBot.Domain.Tests.Members;

namespace FocalBot.Domain.Tests.Requests;

/// Documents go where their sender may still write: a state's open answer, or a request the office is preparing or
/// has sent. A second press records nothing more; removing is allowed on the same terms.
public sealed class AnnexingTests
{
    static readonly InformationRequest Request = ARequest.Sent();
    static readonly DateOnly OnTime = new(2026, 3, 10);
    static readonly DateOnly AfterDeadline = new(2026, 3, 23);
    static readonly Member Elise = AMember.FocalPoint("FR", lead: true);
    static readonly Member Marc = AMember.FocalPoint("FR");
    static readonly Member Jonas = AMember.FocalPoint("DE");
    static readonly Member Office = AMember.Office();
    static readonly RequestSettings NoLateAnswers = RequestSettings.Default with { AcceptLateAnswers = false };

    static Outcome<StateAnswer, AnnexRefusal> Attach(StateAnswer? current, Member actor, Annex annex, InformationRequest? request = null,
        DateOnly? today = null, RequestSettings? settings = null) =>
        Annexing.Attach(request ?? Request, current, "FR", actor, annex, today ?? OnTime, settings ?? RequestSettings.Default);

    [Fact]
    public void A_focal_point_attaches_a_document_to_a_question_and_the_draft_answer_is_made()
    {
        var attached = Attach(null, Elise, AnAnnex.Pdf(question: 2)).Value!;

        Assert.Equal(("FR", AnswerStatus.Draft, 0), (attached.StateCode.Value, attached.Status, attached.Version));
        Assert.Equal(new QuestionNumber(2), Assert.Single(attached.Annexes).Question);
        Assert.Equal((Elise.Id, AnAnnex.At), (attached.ChangedBy, attached.ChangedAt));
        Assert.Empty(attached.Answers);
    }

    [Fact]
    public void A_document_for_the_whole_answer_joins_those_already_there_without_moving_the_version()
    {
        var answer = StateAnswer.New(ARequest.Number, "FR") with { Answers = [QuestionAnswer.Written(1, "About 300.")], Version = 3, Annexes = [AnAnnex.Pdf("u0", 1)] };

        var attached = Attach(answer, Marc, AnAnnex.Pdf("u1")).Value!;

        Assert.Equal(["u0", "u1"], attached.Annexes.Select(a => a.Id));
        Assert.Null(attached.Annexes[1].Question);
        Assert.Equal(3, attached.Version);   // a colleague's open form stays valid: no text changed
        Assert.Equal(answer.Answers, attached.Answers);
    }

    [Fact]
    public void The_same_upload_attached_twice_is_one_annex()
    {
        var once = Attach(null, Elise, AnAnnex.Pdf()).Value!;

        var twice = Attach(once, Elise, AnAnnex.Pdf()).Value!;

        Assert.Same(once, twice);
        Assert.Single(twice.Annexes);
    }

    public static TheoryData<string, AnnexRefusal> Refusals() => new()
    {
        { "another state's focal point", AnnexRefusal.NotAllowed },
        { "the office", AnnexRefusal.NotAllowed },
        { "a focal point who left", AnnexRefusal.NotAllowed },
        { "a state not asked", AnnexRefusal.StateNotAsked },
        { "a draft request", AnnexRefusal.NotOpen },
        { "a closed request", AnnexRefusal.Closed },
        { "after the deadline, late answers refused", AnnexRefusal.DeadlinePassed },
        { "a question the request does not have", AnnexRefusal.UnknownQuestion },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public void Nothing_is_attached_where_the_state_may_not_write(string when, AnnexRefusal expected)
    {
        var outcome = when switch
        {
            "another state's focal point" => Attach(null, Jonas, AnAnnex.Pdf()),
            "the office" => Attach(null, Office, AnAnnex.Pdf()),
            "a focal point who left" => Attach(null, Elise with { Status = MemberStatus.Left }, AnAnnex.Pdf()),
            "a state not asked" => Attach(null, Elise, AnAnnex.Pdf(), Request with { Audience = Audience.Of("DE") }),
            "a draft request" => Attach(null, Elise, AnAnnex.Pdf(), ARequest.Draft()),
            "a closed request" => Attach(null, Elise, AnAnnex.Pdf(), Request with { Status = RequestStatus.Closed }),
            "after the deadline, late answers refused" => Attach(null, Elise, AnAnnex.Pdf(), today: AfterDeadline, settings: NoLateAnswers),
            _ => Attach(null, Elise, AnAnnex.Pdf(question: 3)),
        };

        Assert.Equal(expected, outcome.Refusal);
    }

    [Fact]
    public void After_the_deadline_a_document_added_to_a_submitted_answer_makes_it_late()
    {
        var submitted = StateAnswer.New(ARequest.Number, "FR") with { Status = AnswerStatus.Submitted, Version = 2 };

        Assert.True(Attach(submitted, Elise, AnAnnex.Pdf(), today: AfterDeadline).Value!.Late);
        Assert.False(Attach(submitted, Elise, AnAnnex.Pdf(), today: OnTime).Value!.Late);
        Assert.False(Attach(null, Elise, AnAnnex.Pdf(), today: AfterDeadline).Value!.Late);   // a draft is late only when submitted
    }

    [Fact]
    public void An_answer_holds_at_most_twenty_documents()
    {
        var full = StateAnswer.New(ARequest.Number, "FR") with { Annexes = [.. Enumerable.Range(1, Annexing.MaxAnnexes).Select(i => AnAnnex.Pdf($"u{i}"))] };

        Assert.Equal(AnnexRefusal.TooMany, Attach(full, Elise, AnAnnex.Pdf("u99")).Refusal);
        Assert.Same(full, Attach(full, Elise, AnAnnex.Pdf("u3")).Value);   // a second press of one already there is still fine
    }

    [Fact]
    public void A_focal_point_of_the_state_removes_an_annex_while_the_answer_is_open_and_a_second_press_changes_nothing()
    {
        var answer = Attach(Attach(null, Elise, AnAnnex.Pdf("u1")).Value, Elise, AnAnnex.Pdf("u2")).Value!;
        var later = AnAnnex.At.AddHours(2);

        var removed = Annexing.Remove(Request, answer, "FR", Marc, "u1", later, OnTime, RequestSettings.Default).Value!;
        var again = Annexing.Remove(Request, removed, "FR", Marc, "u1", later, OnTime, RequestSettings.Default).Value!;

        Assert.Equal(["u2"], removed.Annexes.Select(a => a.Id));
        Assert.Equal((Marc.Id, later), (removed.ChangedBy, removed.ChangedAt));
        Assert.Same(removed, again);
        Assert.Equal(AnnexRefusal.NotAllowed, Annexing.Remove(Request, answer, "FR", Jonas, "u1", later, OnTime, RequestSettings.Default).Refusal);
        Assert.Equal(AnnexRefusal.Closed,
            Annexing.Remove(Request with { Status = RequestStatus.Closed }, answer, "FR", Elise, "u1", later, OnTime, RequestSettings.Default).Refusal);
        Assert.Equal(AnnexRefusal.NotFound, Annexing.Remove(Request, null, "FR", Elise, "u1", later, OnTime, RequestSettings.Default).Refusal);
    }

    [Fact]
    public void The_requests_open_to_a_focal_point_are_those_their_state_may_still_answer()
    {
        var open = Request with { Id = "open" };
        var otherStates = Request with { Id = "others", Audience = Audience.Of("DE", "IT") };
        var closed = Request with { Id = "closed", Status = RequestStatus.Closed };
        var draft = ARequest.Draft() with { Id = "draft" };
        var overdue = Request with { Id = "overdue", Deadline = new DateOnly(2026, 3, 6) };

        Assert.Equal(["open", "overdue"], Annexing.AnswersOpenTo(Elise, [open, otherStates, closed, draft, overdue], OnTime, RequestSettings.Default).Select(r => r.Id));
        Assert.Equal(["open"], Annexing.AnswersOpenTo(Elise, [open, otherStates, closed, draft, overdue], OnTime, NoLateAnswers).Select(r => r.Id));
        Assert.Empty(Annexing.AnswersOpenTo(Office, [open], OnTime, RequestSettings.Default));
        Assert.Empty(Annexing.AnswersOpenTo(AMember.Expert(), [open], OnTime, RequestSettings.Default));
    }

    [Fact]
    public void The_office_adds_background_documents_to_a_draft_an_approved_or_a_sent_request()
    {
        var statuses = Enum.GetValues<RequestStatus>().Select(s => ARequest.Draft() with { Id = s.ToString(), Status = s }).ToList();

        Assert.Equal(["Draft", "Approved", "Sent"], Annexing.DocumentsOpenTo(Office, statuses).Select(r => r.Id));
        Assert.Empty(Annexing.DocumentsOpenTo(Elise, statuses));

        var added = Annexing.AddDocument(Request, Office, AnAnnex.Pdf(by: Office.Id)).Value!;
        Assert.Equal("u1", Assert.Single(added.Documents).Id);
        Assert.Same(added, Annexing.AddDocument(added, Office, AnAnnex.Pdf(by: Office.Id)).Value);
        Assert.Equal(AnnexRefusal.NotAllowed, Annexing.AddDocument(Request, Elise, AnAnnex.Pdf()).Refusal);
        Assert.Equal(AnnexRefusal.Closed, Annexing.AddDocument(Request with { Status = RequestStatus.Closed }, Office, AnAnnex.Pdf()).Refusal);
        Assert.Equal(AnnexRefusal.NotOpen, Annexing.AddDocument(Request with { Status = RequestStatus.Proposed }, Office, AnAnnex.Pdf()).Refusal);
        Assert.Equal(AnnexRefusal.UnknownQuestion, Annexing.AddDocument(Request, Office, AnAnnex.Pdf(question: 1)).Refusal);
    }

    [Fact]
    public void The_office_removes_a_background_document_while_the_request_takes_them()
    {
        var request = Annexing.AddDocument(Request, Office, AnAnnex.Pdf("d1")).Value!;

        var removed = Annexing.RemoveDocument(request, Office, "d1").Value!;

        Assert.Empty(removed.Documents);
        Assert.Same(removed, Annexing.RemoveDocument(removed, Office, "d1").Value);
        Assert.Equal(AnnexRefusal.NotAllowed, Annexing.RemoveDocument(request, Elise, "d1").Refusal);
        Assert.Equal(AnnexRefusal.Closed, Annexing.RemoveDocument(request with { Status = RequestStatus.Closed }, Office, "d1").Refusal);
    }
}
