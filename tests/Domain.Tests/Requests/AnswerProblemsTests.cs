using FocalBot.Domain.Requests;
using FocalBot.Domain.Shared;

namespace FocalBot.Domain.Tests.Requests;

/// Every problem of the typed answers is named by its question, all at once, and nothing is saved.
public sealed class AnswerProblemsTests
{
    [Fact]
    public void Every_typed_problem_is_named_by_its_question_and_nothing_changes()
    {
        var stored = APress.Complete();

        var result = APress.Of(stored, AnswerAction.Save, stored.Version,
            QuestionAnswer.ToFollow(1, null), QuestionAnswer.Written(2, new string('x', RequestSettings.Default.AnswerMaxLength + 1)));

        Assert.Equal(AnswerEffect.Refused, result.Effect);
        Assert.Equal([new AnswerProblem(AnswerRefusal.FollowDateMissing, new QuestionNumber(1)), new AnswerProblem(AnswerRefusal.AnswerTooLong, new QuestionNumber(2))],
            result.Problems);
        Assert.Same(stored, result.Answer);
        Assert.False(result.MustBeStored);
    }

    [Fact]
    public void An_answer_at_the_limit_is_no_problem() =>
        Assert.Equal(AnswerEffect.DraftSaved,
            APress.Of(null, AnswerAction.Save, 0, QuestionAnswer.Written(1, new string('x', RequestSettings.Default.AnswerMaxLength))).Effect);

    [Fact]
    public void Saving_with_nothing_typed_is_refused_but_moving_to_another_page_is_not()
    {
        var stored = APress.Complete();

        var save = APress.Of(stored, AnswerAction.Save, stored.Version);
        var move = APress.Of(stored, AnswerAction.SaveIfTyped, stored.Version);

        Assert.Equal([new AnswerProblem(AnswerRefusal.NothingToSave)], save.Problems);
        Assert.Equal(AnswerEffect.Refused, save.Effect);
        Assert.Equal(AnswerEffect.Unchanged, move.Effect);
        Assert.Empty(move.Problems);
        Assert.Same(stored, move.Answer);
    }

    [Fact]
    public void A_closed_request_takes_nothing_and_says_so()
    {
        var result = Answering.Apply(ARequest.Sent() with { Status = RequestStatus.Closed }, null, "FR", APress.Lead,
            new TypedAnswer(0, Language.En, [QuestionAnswer.Written(1, "Late.")]), AnswerAction.Save, APress.Now, APress.OnTime, RequestSettings.Default);

        Assert.Equal([new AnswerProblem(AnswerRefusal.Closed)], result.Problems);
        Assert.Null(result.Answer);
    }
}
