using FocalBot.Domain.Members;
using FocalBot.Domain.Requests;
using FocalBot.Domain.Shared;
using FocalBot.Domain.Tests.Members;

namespace FocalBot.Domain.Tests.Requests;

public sealed class AnsweringTests
{
    static readonly InformationRequest Request = ARequest.Sent();
    static readonly DateTimeOffset Now = new(2026, 3, 10, 9, 0, 0, TimeSpan.Zero);
    static readonly DateOnly OnTime = new(2026, 3, 10);
    static readonly DateOnly AfterDeadline = new(2026, 3, 23);
    static readonly Member Lead = AMember.FocalPoint("FR", lead: true);
    static readonly Member Alternate = AMember.FocalPoint("FR");

    static Outcome<StateAnswer, AnswerRefusal> Save(StateAnswer? current, Member actor, int version, DateOnly? today = null,
        RequestSettings? settings = null, InformationRequest? request = null, params QuestionAnswer[] changes) =>
        Answering.Save(request ?? Request, current, "FR", actor, version, changes.Length == 0 ? [QuestionAnswer.Written(1, "About 300.")] : changes,
            Language.En, Now, today ?? OnTime, settings ?? RequestSettings.Default);

    static Outcome<StateAnswer, AnswerRefusal> Submit(StateAnswer? current, Member actor, int version, DateOnly? today = null, RequestSettings? settings = null) =>
        Answering.Submit(Request, current, "FR", actor, version, Now, today ?? OnTime, settings ?? RequestSettings.Default);

    static StateAnswer Complete(DateOnly? today = null) =>
        Save(null, Lead, 0, today, null, null, QuestionAnswer.Written(1, "About 300.\nMost in Calais."), QuestionAnswer.NotApplicable(2)).Value!;

    [Fact]
    public void A_focal_point_saves_a_draft_of_the_states_answer()
    {
        var saved = Save(null, Lead, 0).Value!;

        Assert.Equal("FR", saved.StateCode);
        Assert.Equal(AnswerStatus.Draft, saved.Status);
        Assert.Equal("About 300.", saved.For(new QuestionNumber(1))!.Text);
        Assert.Equal(Lead.Id, saved.ChangedBy);
        Assert.Equal(Now, saved.ChangedAt);
        Assert.Equal(1, saved.Version);
    }

    [Fact]
    public void Any_focal_point_of_the_state_continues_the_same_answer()
    {
        var first = Save(null, Lead, 0).Value!;

        var second = Save(first, Alternate, first.Version, changes: QuestionAnswer.ToFollow(2, new DateOnly(2026, 4, 1))).Value!;

        Assert.Equal(2, second.Answers.Count);
        Assert.Equal("About 300.", second.For(new QuestionNumber(1))!.Text);
        Assert.Equal(NilAnswer.ToFollow, second.For(new QuestionNumber(2))!.Nil);
        Assert.Equal(Alternate.Id, second.ChangedBy);
    }

    [Fact]
    public void The_office_experts_other_states_and_retired_focal_points_may_not_answer()
    {
        Assert.Equal(AnswerRefusal.NotAllowed, Save(null, AMember.Office(), 0).Refusal);
        Assert.Equal(AnswerRefusal.NotAllowed, Save(null, AMember.Expert() with { StateCode = "FR" }, 0).Refusal);
        Assert.Equal(AnswerRefusal.NotAllowed, Save(null, AMember.FocalPoint("DE"), 0).Refusal);
        Assert.Equal(AnswerRefusal.NotAllowed, Save(null, Lead with { Status = MemberStatus.Left }, 0).Refusal);
    }

    [Fact]
    public void A_state_outside_the_audience_may_not_answer() =>
        Assert.Equal(AnswerRefusal.StateNotAsked, Save(null, Lead, 0, request: Request with { Audience = Audience.Of("DE") }).Refusal);

    [Fact]
    public void Answers_are_taken_only_while_the_request_is_sent()
    {
        Assert.Equal(AnswerRefusal.NotOpen, Save(null, Lead, 0, request: ARequest.Draft()).Refusal);
        Assert.Equal(AnswerRefusal.Closed, Save(null, Lead, 0, request: Request with { Status = RequestStatus.Closed }).Refusal);
    }

    [Fact]
    public void Saving_on_a_stale_version_is_a_conflict_and_keeps_the_other_text()
    {
        var read = Save(null, Lead, 0).Value!;
        var colleague = Save(read, Alternate, read.Version, changes: QuestionAnswer.Written(1, "Exactly 312.")).Value!;

        var mine = Save(colleague, Lead, read.Version, changes: QuestionAnswer.Written(1, "About 300, I think."));

        Assert.Equal(AnswerRefusal.Conflict, mine.Refusal);
        Assert.Null(mine.Value);
        Assert.Equal("Exactly 312.", colleague.For(new QuestionNumber(1))!.Text);
    }

    [Fact]
    public void Answer_texts_are_checked()
    {
        Assert.Equal(AnswerRefusal.UnknownQuestion, Save(null, Lead, 0, changes: QuestionAnswer.Written(3, "Yes")).Refusal);
        Assert.Equal(AnswerRefusal.AnswerEmpty, Save(null, Lead, 0, changes: QuestionAnswer.Written(1, " \n ")).Refusal);
        Assert.Equal(AnswerRefusal.FollowDateMissing, Save(null, Lead, 0, changes: QuestionAnswer.ToFollow(1, null)).Refusal);
        Assert.True(Save(null, Lead, 0, changes: QuestionAnswer.Written(1, new string('a', 5000))).IsAccepted);
        Assert.Equal(AnswerRefusal.AnswerTooLong, Save(null, Lead, 0, changes: QuestionAnswer.Written(1, new string('a', 5001))).Refusal);
    }

    [Fact]
    public void Submitting_needs_every_question_answered_a_nil_answer_counts()
    {
        var partial = Save(null, Lead, 0).Value!;

        Assert.Equal(AnswerRefusal.Incomplete, Submit(partial, Lead, partial.Version).Refusal);

        var complete = Complete();
        var submitted = Submit(complete, Lead, complete.Version).Value!;
        Assert.Equal(AnswerStatus.Submitted, submitted.Status);
        Assert.Equal(Now, submitted.SubmittedAt);
        Assert.False(submitted.Late);
    }

    [Fact]
    public void Submitting_twice_changes_nothing_the_second_time()
    {
        var complete = Complete();
        var first = Submit(complete, Lead, complete.Version).Value!;

        var second = Submit(first, Alternate, complete.Version);

        Assert.True(second.IsAccepted);
        Assert.Same(first, second.Value);
    }

    [Fact]
    public void A_submitted_answer_is_amended_until_the_deadline_and_stays_submitted()
    {
        var complete = Complete();
        var submitted = Submit(complete, Lead, complete.Version).Value!;

        var amended = Save(submitted, Alternate, submitted.Version, ARequest.Deadline, changes: QuestionAnswer.Written(1, "Exactly 312.")).Value!;

        Assert.Equal(AnswerStatus.Submitted, amended.Status);
        Assert.False(amended.Late);
        Assert.Equal("Exactly 312.", amended.For(new QuestionNumber(1))!.Text);
    }

    [Fact]
    public void Answer_after_deadline_is_kept_and_marked_late()
    {
        var complete = Complete(AfterDeadline);

        var submitted = Submit(complete, Lead, complete.Version, AfterDeadline).Value!;

        Assert.False(complete.Late);
        Assert.True(submitted.Late);
    }

    [Fact]
    public void A_late_amendment_marks_a_submitted_answer_late()
    {
        var complete = Complete();
        var submitted = Submit(complete, Lead, complete.Version).Value!;

        var amended = Save(submitted, Lead, submitted.Version, AfterDeadline).Value!;

        Assert.True(amended.Late);
    }

    [Fact]
    public void Answer_after_deadline_is_refused_when_late_answers_are_not_accepted()
    {
        var noLate = RequestSettings.Default with { AcceptLateAnswers = false };
        var complete = Complete();

        Assert.Equal(AnswerRefusal.DeadlinePassed, Save(null, Lead, 0, AfterDeadline, noLate).Refusal);
        Assert.Equal(AnswerRefusal.DeadlinePassed, Submit(complete, Lead, complete.Version, AfterDeadline, noLate).Refusal);
        Assert.True(Submit(complete, Lead, complete.Version, ARequest.Deadline, noLate).IsAccepted);
    }

    [Fact]
    public void Receipt_is_acknowledged_once_by_the_first_focal_point()
    {
        var first = Answering.Acknowledge(Request, null, "FR", Alternate, Now).Value!;

        var again = Answering.Acknowledge(Request, first, "FR", Lead, Now.AddHours(2)).Value!;

        Assert.Equal(Alternate.Id, again.AcknowledgedBy);
        Assert.Equal(Now, again.AcknowledgedAt);
        Assert.Equal(AnswerRefusal.NotAllowed, Answering.Acknowledge(Request, null, "FR", AMember.Office(), Now).Refusal);
    }
}
