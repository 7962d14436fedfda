using FocalBot.Domain.Requests;

namespace FocalBot.Domain.Tests.Requests;

/// A focal point marks a single answer "for the office only": the mark is saved with the answer, changing it alone is a
/// change, and a mark on a question without an answer is refused by name.
public sealed class AnswerOfficeOnlyTests
{
    static readonly QuestionNumber Q1 = new(1);
    static readonly QuestionNumber Q2 = new(2);

    [Fact]
    public void The_mark_is_saved_with_its_answer_and_the_other_answers_keep_theirs()
    {
        var result = APress.Of(null, AnswerAction.Save, 0, QuestionAnswer.Written(1, "About 300.") with { OfficeOnly = true }, QuestionAnswer.NotApplicable(2));

        Assert.Equal(AnswerEffect.DraftSaved, result.Effect);
        Assert.True(result.Answer!.For(Q1)!.OfficeOnly);
        Assert.False(result.Answer.For(Q2)!.OfficeOnly);
    }

    [Fact]
    public void Marking_or_unmarking_an_answer_alone_is_a_change_that_is_saved()
    {
        var stored = APress.Complete();

        var marked = APress.Of(stored, AnswerAction.Save, stored.Version, stored.For(Q1)! with { OfficeOnly = true });
        var unmarked = APress.Of(marked.Answer, AnswerAction.Save, marked.Answer!.Version, stored.For(Q1)!);

        Assert.Equal(AnswerEffect.DraftSaved, marked.Effect);
        Assert.True(marked.Answer.For(Q1)!.OfficeOnly);
        Assert.Equal(AnswerEffect.DraftSaved, unmarked.Effect);
        Assert.False(unmarked.Answer!.For(Q1)!.OfficeOnly);
    }

    [Fact]
    public void The_same_mark_again_is_a_second_click_that_writes_nothing()
    {
        var typed = QuestionAnswer.Written(1, "About 300.") with { OfficeOnly = true };
        var first = APress.Of(null, AnswerAction.Save, 0, typed);

        // The second click carries the version the form was opened on, as the first did.
        var again = APress.Of(first.Answer, AnswerAction.Save, 0, typed);

        Assert.Equal(AnswerEffect.Unchanged, again.Effect);
        Assert.Same(first.Answer, again.Answer);
    }

    [Fact]
    public void A_nil_answer_may_be_given_to_the_office_only()
    {
        var result = APress.Of(null, AnswerAction.Save, 0, QuestionAnswer.ToFollow(2, new DateOnly(2026, 4, 1)) with { OfficeOnly = true });

        Assert.True(result.Answer!.For(Q2)!.OfficeOnly);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    public void A_mark_without_an_answer_is_refused_by_question_and_nothing_is_saved(string? blank)
    {
        var stored = APress.Complete();

        var result = APress.Of(stored, AnswerAction.Save, stored.Version, new QuestionAnswer(Q2, Text: blank) { OfficeOnly = true });

        Assert.Equal(AnswerEffect.Refused, result.Effect);
        Assert.Equal([new AnswerProblem(AnswerRefusal.OfficeOnlyUnanswered, Q2)], result.Problems);
        Assert.Same(stored, result.Answer);
    }

    [Fact]
    public void Submitting_keeps_the_mark()
    {
        var result = APress.Of(null, AnswerAction.Submit, 0, QuestionAnswer.Written(1, "About 300.") with { OfficeOnly = true }, QuestionAnswer.NotApplicable(2));

        Assert.Equal(AnswerEffect.Submitted, result.Effect);
        Assert.Equal(AnswerStatus.Submitted, result.Answer!.Status);
        Assert.True(result.Answer.For(Q1)!.OfficeOnly);
    }
}
