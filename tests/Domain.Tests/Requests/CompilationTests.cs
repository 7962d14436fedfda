using FocalBot.Domain.Requests;
using FocalBot.Domain.Shared;

namespace FocalBot.Domain.Tests.Requests;

public sealed class CompilationTests
{
    static readonly InformationRequest Request = ARequest.Sent() with { Audience = Audience.Of("FR", "DE", "IT") };

    static StateAnswer Submitted(string state, params QuestionAnswer[] answers) =>
        StateAnswer.New(ARequest.Number, state) with { Answers = answers, Status = AnswerStatus.Submitted, Language = Language.Fr };

    static readonly StateAnswer[] Answers =
    [
        Submitted("FR", QuestionAnswer.Written(1, "Environ 300.\nSurtout à Calais."), QuestionAnswer.ToFollow(2, new DateOnly(2026, 4, 1))),
        Submitted("DE", QuestionAnswer.NoInformation(1), QuestionAnswer.NotApplicable(2)) with { Late = true },
        StateAnswer.New(ARequest.Number, "IT") with { Answers = [QuestionAnswer.Written(1, "Draft only")] },
        Submitted("ES", QuestionAnswer.Written(1, "Not asked")),
    ];

    [Fact]
    public void Rows_are_the_states_asked_by_question_with_text_and_nil_kinds()
    {
        var compilation = Compilation.Of(Request, Answers);

        Assert.Equal(["FR", "DE", "IT"], compilation.States.Select(s => s.Code));
        var fr = compilation.States[0];
        Assert.Equal([CellKind.Text, CellKind.ToFollow], fr.Cells.Select(c => c.Kind));
        Assert.Equal("Environ 300.\nSurtout à Calais.", fr.Cells[0].Text);
        Assert.Equal(new DateOnly(2026, 4, 1), fr.Cells[1].FollowsBy);
        Assert.Equal([CellKind.NoInformation, CellKind.NotApplicable], compilation.States[1].Cells.Select(c => c.Kind));
        Assert.True(compilation.States[1].Late);
        Assert.Equal("France", fr.Label(Language.En));
        Assert.Equal("Allemagne", compilation.States[1].Label(Language.Fr));
    }

    [Fact]
    public void States_without_a_submitted_answer_show_no_reply_and_do_not_count()
    {
        var compilation = Compilation.Of(Request, Answers);

        var it = compilation.States[2];
        Assert.False(it.Replied);
        Assert.All(it.Cells, c => Assert.Equal(CellKind.NoReply, c.Kind));
        Assert.Equal(2, compilation.Responding);
    }

    [Fact]
    public void Every_member_state_has_a_row_when_all_were_asked()
    {
        var compilation = Compilation.Of(ARequest.Sent(), Answers);

        Assert.Equal(46, compilation.States.Count);
        Assert.Equal(3, compilation.Responding);
    }

    [Fact]
    public void An_anonymous_compilation_labels_states_by_letter_without_their_codes()
    {
        var compilation = Compilation.Of(Request with { Anonymous = true }, Answers);

        Assert.Equal(["A", "B", "C"], compilation.States.Select(s => s.Letter));
        Assert.All(compilation.States, s => Assert.Null(s.Code));
        Assert.Equal("State A", compilation.States[0].Label(Language.En));
        Assert.Equal("État B", compilation.States[1].Label(Language.Fr));
        Assert.Equal(2, compilation.Responding);
    }

    [Fact]
    public void Anonymous_letters_are_the_same_each_time_the_request_is_compiled()
    {
        var anonymous = ARequest.Sent() with { Anonymous = true };

        var first = Compilation.Of(anonymous, Answers).States.Select(s => (s.Letter, s.Cells[0].Text));
        var again = Compilation.Of(anonymous, Answers.Reverse()).States.Select(s => (s.Letter, s.Cells[0].Text));

        Assert.Equal(first, again);
        Assert.Equal("AT", Compilation.Of(anonymous, Answers).States[^1].Letter);
    }

    [Fact]
    public void Anonymous_order_does_not_follow_the_alphabet()
    {
        var order = Compilation.Of(ARequest.Sent() with { Anonymous = true }, [Submitted("AL", QuestionAnswer.Written(1, "Albania"), QuestionAnswer.NotApplicable(2))]);

        Assert.NotEqual("A", order.States.Single(s => s.Replied).Letter);
    }

    [Theory]
    [InlineData(0, "A")]
    [InlineData(25, "Z")]
    [InlineData(26, "AA")]
    [InlineData(45, "AT")]
    public void Letters_go_on_past_z(int index, string letter) => Assert.Equal(letter, Compilation.Letter(index));

    [Fact]
    public void A_state_carries_the_annexes_of_its_submitted_answer_only()
    {
        var withAnnexes = Answers.Select(a => a with { Annexes = [AnAnnex.Pdf($"u-{a.StateCode}", 1)] }).ToList();

        var compilation = Compilation.Of(Request, withAnnexes);

        Assert.Equal(["u-FR"], compilation.States[0].Annexes.Select(a => a.Id));
        Assert.Single(compilation.States[1].Annexes);
        Assert.Empty(compilation.States[2].Annexes);   // Italy's draft is no reply, nor are its documents
    }
}
