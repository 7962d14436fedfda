using FocalBot.Domain.Members;
using FocalBot.Domain.Requests;
using FocalBot.Domain.Shared;
using FocalBot.Domain.Tests.Members;

namespace FocalBot.Domain.Tests.Requests;

/// A filled national copy pre-fills the draft: empty questions are filled, written ones wait for confirmation, blank
/// areas change nothing, and nothing is ever submitted.
public sealed class CopyMergeTests
{
    static readonly InformationRequest Request = ARequest.Sent("How many?", "Who decides?", "Any practice?");
    static readonly Member Elise = AMember.FocalPoint("FR", lead: true);
    static readonly DateTimeOffset Now = new(2026, 3, 10, 9, 0, 0, TimeSpan.Zero);
    static readonly DateOnly OnTime = new(2026, 3, 10);
    static readonly DateOnly Late = new(2026, 3, 23);
    static readonly QuestionNumber Q1 = new(1), Q2 = new(2), Q3 = new(3);

    static Dictionary<QuestionNumber, string> Copy(params (int Q, string Text)[] texts) => texts.ToDictionary(t => new QuestionNumber(t.Q), t => t.Text);

    static StateAnswer Draft(params QuestionAnswer[] answers) =>
        StateAnswer.New(ARequest.Number, "FR") with { Answers = answers, Language = Language.Fr, Version = 2 };

    static CopyApplied Prefill(StateAnswer? current, Dictionary<QuestionNumber, string> copy, DateOnly? today = null, RequestSettings? settings = null,
        Language language = Language.En) =>
        CopyMerge.Prefill(Request, current, "FR", Elise, copy, language, Now, today ?? OnTime, settings ?? RequestSettings.Default);

    [Fact]
    public void Empty_questions_are_filled_as_a_draft_in_the_copys_language_and_nothing_is_submitted()
    {
        var applied = Prefill(null, Copy((1, "  About 300.\r\nMost in Calais.\n\n"), (2, "The prefect."), (3, "")), language: Language.Fr);

        Assert.True(applied.Changed);
        Assert.Equal(2, applied.Filled);
        Assert.Empty(applied.ToConfirm);
        var answer = applied.Answer!;
        Assert.Equal(AnswerStatus.Draft, answer.Status);
        Assert.Equal(Language.Fr, answer.Language);
        Assert.Equal("About 300.\nMost in Calais.", answer.For(Q1)!.Text);
        Assert.Equal("The prefect.", answer.For(Q2)!.Text);
        Assert.Null(answer.For(Q3));
        Assert.Equal(1, answer.Version);
        Assert.Equal(Elise.Id, answer.ChangedBy);
    }

    [Fact]
    public void A_question_written_with_other_text_waits_for_confirmation_and_keeps_its_text()
    {
        var current = Draft(QuestionAnswer.Written(1, "Mine."), QuestionAnswer.NoInformation(2));

        var applied = Prefill(current, Copy((1, "The copy's."), (2, "Now we know."), (3, "Filled.")));

        Assert.Equal([new CopyText(Q1, "The copy's."), new CopyText(Q2, "Now we know.")], applied.ToConfirm);
        Assert.Equal("Mine.", applied.Answer!.For(Q1)!.Text);
        Assert.Equal(NilAnswer.NoInformation, applied.Answer.For(Q2)!.Nil);
        Assert.Equal("Filled.", applied.Answer.For(Q3)!.Text);
        Assert.Equal(applied.ToConfirm, applied.Answer.FromCopy);
        Assert.Equal(Language.Fr, applied.Answer.Language);   // an answer begun keeps its language
        Assert.Equal(3, applied.Answer.Version);
    }

    [Fact]
    public void The_same_text_and_blank_areas_change_nothing_and_nothing_is_stored()
    {
        var current = Draft(QuestionAnswer.Written(1, "Mine.\nTwo lines."));

        var applied = Prefill(current, Copy((1, "Mine.\r\nTwo lines.  "), (2, " \n "), (3, "")));

        Assert.False(applied.Changed);
        Assert.Same(current, applied.Answer);
        Assert.Equal(3, CopyMerge.Plan(Request, current, Copy((1, "Mine.\nTwo lines."), (2, ""), (3, "")), RequestSettings.Default).Unchanged);
    }

    [Fact]
    public void Only_conflicts_are_set_aside_without_moving_the_version()
    {
        var current = Draft(QuestionAnswer.Written(1, "Mine."));

        var applied = Prefill(current, Copy((1, "Theirs.")));

        Assert.True(applied.Changed);
        Assert.Equal(0, applied.Filled);
        Assert.Equal(2, applied.Answer!.Version);
        Assert.Equal([new CopyText(Q1, "Theirs.")], applied.Answer.FromCopy);
    }

    [Fact]
    public void A_newer_copy_replaces_what_an_earlier_one_set_aside()
    {
        var current = Draft(QuestionAnswer.Written(1, "Mine.")) with { FromCopy = [new CopyText(Q1, "Old copy.")] };

        Assert.Equal([new CopyText(Q1, "New copy.")], Prefill(current, Copy((1, "New copy."))).Answer!.FromCopy);
        Assert.Empty(Prefill(current, Copy((1, "Mine."))).Answer!.FromCopy);
    }

    [Fact]
    public void A_text_over_the_limit_is_named_and_nothing_changes()
    {
        var applied = Prefill(null, Copy((1, "Fine."), (2, new string('x', 5001))));

        Assert.True(applied.IsRefused);
        Assert.False(applied.Changed);
        Assert.Null(applied.Answer);
        Assert.Equal([new AnswerProblem(AnswerRefusal.AnswerTooLong, Q2)], applied.Problems);
    }

    [Fact]
    public void An_area_for_a_question_the_request_does_not_have_is_named()
    {
        var plan = CopyMerge.Plan(Request, null, Copy((1, "Fine."), (4, "Extra.")), RequestSettings.Default);

        Assert.Equal([new AnswerProblem(AnswerRefusal.UnknownQuestion, new QuestionNumber(4))], plan.Problems);
        Assert.Null(Prefill(null, Copy((1, "Fine."), (4, "Extra."))).Answer);
    }

    [Fact]
    public void A_closed_request_or_another_states_member_changes_nothing()
    {
        var closed = CopyMerge.Prefill(Request with { Status = RequestStatus.Closed }, null, "FR", Elise, Copy((1, "x")), Language.En, Now, OnTime, RequestSettings.Default);
        var german = CopyMerge.Prefill(Request, null, "FR", AMember.FocalPoint("DE"), Copy((1, "x")), Language.En, Now, OnTime, RequestSettings.Default);

        Assert.Equal([new AnswerProblem(AnswerRefusal.Closed)], closed.Problems);
        Assert.Equal([new AnswerProblem(AnswerRefusal.NotAllowed)], german.Problems);
    }

    [Fact]
    public void After_the_deadline_a_copy_is_read_only_where_late_answers_are_taken()
    {
        var refused = Prefill(null, Copy((1, "x")), Late, RequestSettings.Default with { AcceptLateAnswers = false });
        var accepted = Prefill(null, Copy((1, "x")), Late);

        Assert.Equal([new AnswerProblem(AnswerRefusal.DeadlinePassed)], refused.Problems);
        Assert.Equal("x", accepted.Answer!.For(Q1)!.Text);
        Assert.False(accepted.Answer.Late);   // a draft becomes late only when submitted
    }

    [Fact]
    public void Replacing_one_question_writes_the_copys_text_and_keeps_the_others_aside()
    {
        var current = Draft(QuestionAnswer.Written(1, "Mine."), QuestionAnswer.Written(2, "Also mine.")) with
        {
            FromCopy = [new CopyText(Q1, "Theirs."), new CopyText(Q2, "Theirs too.")],
        };

        var replaced = CopyMerge.Replace(Request, current, "FR", Elise, 2, Q2, Now, OnTime, RequestSettings.Default).Value!;

        Assert.Equal("Theirs too.", replaced.For(Q2)!.Text);
        Assert.Equal("Mine.", replaced.For(Q1)!.Text);
        Assert.Equal([new CopyText(Q1, "Theirs.")], replaced.FromCopy);
        Assert.Equal(3, replaced.Version);
    }

    [Fact]
    public void Replacing_all_in_a_submitted_answer_amends_it_and_it_stays_submitted()
    {
        var submitted = Draft(QuestionAnswer.Written(1, "Mine."), QuestionAnswer.Written(2, "Mine."), QuestionAnswer.NotApplicable(3)) with
        {
            Status = AnswerStatus.Submitted, SubmittedAt = Now, FromCopy = [new CopyText(Q1, "Theirs."), new CopyText(Q3, "Applies after all.")],
        };

        var replaced = CopyMerge.Replace(Request, submitted, "FR", Elise, 2, null, Now, Late, RequestSettings.Default).Value!;

        Assert.Equal(AnswerStatus.Submitted, replaced.Status);
        Assert.True(replaced.Late);   // changed after the deadline, as the form's Save marks it
        Assert.Equal("Theirs.", replaced.For(Q1)!.Text);
        Assert.Equal("Applies after all.", replaced.For(Q3)!.Text);
        Assert.Null(replaced.For(Q3)!.Nil);
        Assert.Empty(replaced.FromCopy);
    }

    [Fact]
    public void Replacing_after_a_colleagues_save_is_a_conflict_and_a_second_click_finds_nothing_left()
    {
        var current = Draft(QuestionAnswer.Written(1, "Mine.")) with { FromCopy = [new CopyText(Q1, "Theirs.")] };

        Assert.Equal(AnswerRefusal.Conflict, CopyMerge.Replace(Request, current, "FR", Elise, 1, Q1, Now, OnTime, RequestSettings.Default).Refusal);
        Assert.Equal(AnswerRefusal.NothingToSave, CopyMerge.Replace(Request, current, "FR", Elise, 2, Q2, Now, OnTime, RequestSettings.Default).Refusal);
        Assert.Equal(AnswerRefusal.NothingToSave, CopyMerge.Replace(Request, current with { FromCopy = [] }, "FR", Elise, 2, null, Now, OnTime, RequestSettings.Default).Refusal);
    }

    [Fact]
    public void Keeping_mine_drops_what_was_set_aside_without_moving_the_version()
    {
        var current = Draft(QuestionAnswer.Written(1, "Mine.")) with { FromCopy = [new CopyText(Q1, "Theirs.")] };

        var kept = CopyMerge.Keep(Request, current, "FR", Elise).Value!;

        Assert.Empty(kept.FromCopy);
        Assert.Equal("Mine.", kept.For(Q1)!.Text);
        Assert.Equal(2, kept.Version);
        Assert.Equal(AnswerRefusal.NothingToSave, CopyMerge.Keep(Request, kept, "FR", Elise).Refusal);
        Assert.Equal(AnswerRefusal.NotAllowed, CopyMerge.Keep(Request, current, "FR", AMember.Office()).Refusal);
    }
}
