using FocalBot.Domain.Requests;

namespace FocalBot.Domain.Tests.Requests;

/// A second click on the same form writes nothing and loses nothing; a form opened on an older version is a conflict.
public sealed class AnswerSecondClickTests
{
    [Fact]
    public void The_same_text_again_writes_nothing()
    {
        var stored = APress.Complete();

        var again = APress.Of(stored, AnswerAction.Save, 0, QuestionAnswer.Written(1, "About 300."), QuestionAnswer.NotApplicable(2));

        Assert.Equal(AnswerEffect.Unchanged, again.Effect);
        Assert.Empty(again.Problems);
        Assert.False(again.MustBeStored);
        Assert.Same(stored, again.Answer);
    }

    [Fact]
    public void Submit_pressed_twice_submits_once_and_the_second_says_it_is_submitted()
    {
        var typed = new[] { QuestionAnswer.Written(1, "About 300."), QuestionAnswer.NotApplicable(2) };
        var first = APress.Of(null, AnswerAction.Submit, 0, typed);

        var second = APress.Of(first.Answer, AnswerAction.Submit, 0, typed);

        Assert.Equal(AnswerEffect.Submitted, first.Effect);
        Assert.Equal(AnswerStatus.Submitted, first.Answer!.Status);
        Assert.Equal(AnswerEffect.AlreadySubmitted, second.Effect);
        Assert.False(second.MustBeStored);
        Assert.Same(first.Answer, second.Answer);
    }

    [Fact]
    public void Different_text_on_an_older_version_is_a_conflict_and_keeps_the_colleagues_answer()
    {
        var stored = APress.Complete();

        var mine = APress.Of(stored, AnswerAction.Save, 0, QuestionAnswer.Written(1, "About 250."));

        Assert.True(mine.IsConflict);
        Assert.Equal(AnswerEffect.Refused, mine.Effect);
        Assert.Same(stored, mine.Answer);
    }
}
