using FocalBot.Domain.Requests;

namespace FocalBot.Domain.Tests.Requests;

/// After the deadline an answer is kept and marked late, unless the network refuses late answers.
public sealed class AnswerLateTests
{
    [Fact]
    public void An_answer_submitted_after_the_deadline_is_kept_and_marked_late()
    {
        var result = APress.On(APress.AfterDeadline, RequestSettings.Default, null, AnswerAction.Submit, 0,
            QuestionAnswer.Written(1, "About 300."), QuestionAnswer.NotApplicable(2));

        Assert.Equal(AnswerEffect.Submitted, result.Effect);
        Assert.True(result.Answer!.Late);
    }

    [Fact]
    public void A_draft_saved_after_the_deadline_is_not_late_until_submitted()
    {
        var result = APress.On(APress.AfterDeadline, RequestSettings.Default, null, AnswerAction.Save, 0, QuestionAnswer.Written(1, "About 300."));

        Assert.Equal(AnswerEffect.DraftSaved, result.Effect);
        Assert.False(result.Answer!.Late);
    }

    [Fact]
    public void Late_answers_are_refused_when_the_network_says_so_and_nothing_changes()
    {
        var noLate = RequestSettings.Default with { AcceptLateAnswers = false };

        var result = APress.On(APress.AfterDeadline, noLate, null, AnswerAction.Save, 0, QuestionAnswer.Written(1, "About 300."));

        Assert.Equal([new AnswerProblem(AnswerRefusal.DeadlinePassed)], result.Problems);
        Assert.Null(result.Answer);
    }
}
