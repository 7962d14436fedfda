using FocalBot.Domain.Requests;

namespace FocalBot.Domain.Tests.Requests;

/// Submit saves what was typed first: with a question still unanswered the draft is kept and the gap named.
public sealed class AnswerSubmitTests
{
    [Fact]
    public void Submit_with_a_question_unanswered_saves_the_draft_and_says_what_is_missing()
    {
        var result = APress.Of(null, AnswerAction.Submit, 0, QuestionAnswer.Written(1, "About 300."));

        Assert.Equal(AnswerEffect.DraftSaved, result.Effect);
        Assert.True(result.MustBeStored);
        Assert.Equal(AnswerStatus.Draft, result.Answer!.Status);
        Assert.Equal("About 300.", result.Answer.For(new QuestionNumber(1))!.Text);
        Assert.Equal([new AnswerProblem(AnswerRefusal.Incomplete)], result.Problems);
    }

    [Fact]
    public void Submit_with_nothing_new_and_questions_unanswered_is_refused()
    {
        var partial = APress.Of(null, AnswerAction.Save, 0, QuestionAnswer.Written(1, "About 300.")).Answer!;

        var none = APress.Of(null, AnswerAction.Submit, 0);
        var same = APress.Of(partial, AnswerAction.Submit, partial.Version);

        Assert.Equal(AnswerEffect.Refused, none.Effect);
        Assert.Equal([new AnswerProblem(AnswerRefusal.Incomplete)], none.Problems);
        Assert.Equal(AnswerEffect.Refused, same.Effect);
        Assert.Same(partial, same.Answer);
    }

    [Fact]
    public void A_complete_draft_is_submitted_with_the_last_changes_in_one_press()
    {
        var partial = APress.Of(null, AnswerAction.Save, 0, QuestionAnswer.Written(1, "About 300.")).Answer!;

        var result = APress.Of(partial, AnswerAction.Submit, partial.Version, QuestionAnswer.NotApplicable(2));

        Assert.Equal(AnswerEffect.Submitted, result.Effect);
        Assert.Equal(AnswerStatus.Submitted, result.Answer!.Status);
        Assert.Equal(2, result.Answer.Answers.Count);
        Assert.Equal(APress.Now, result.Answer.SubmittedAt);
    }

    [Fact]
    public void Changes_to_a_submitted_answer_are_an_amendment()
    {
        var submitted = APress.Of(APress.Complete(), AnswerAction.Submit, 1).Answer!;

        var amended = APress.Of(submitted, AnswerAction.Save, submitted.Version, QuestionAnswer.Written(1, "Exactly 312."));

        Assert.Equal(AnswerEffect.Amended, amended.Effect);
        Assert.Equal(AnswerStatus.Submitted, amended.Answer!.Status);
    }
}
