using FocalBot.Domain.Requests;
using FocalBot.Domain.Shared;

namespace FocalBot.Domain.Tests.Requests;

/// The office's version of a compilation and the network's: an answer a state gave to the office only is marked in the
/// first and left out of the second, which says so without keeping anything of it.
public sealed class CompilationViewTests
{
    static readonly InformationRequest Request = ARequest.Sent("How many?", "Who decides?", "Any good practice?") with { Audience = Audience.Of("FR", "DE", "IT") };

    static StateAnswer Submitted(string state, params QuestionAnswer[] answers) =>
        StateAnswer.New(ARequest.Number, state) with { Answers = answers, Status = AnswerStatus.Submitted, Language = Language.Fr };

    // France gives a written answer, a "to follow" with its date and a nil answer to the office only; Germany shares all.
    static readonly StateAnswer[] Answers =
    [
        Submitted("FR", QuestionAnswer.Written(1, "SECRET 312") with { OfficeOnly = true }, QuestionAnswer.ToFollow(2, new DateOnly(2026, 4, 1)) with { OfficeOnly = true },
            QuestionAnswer.NotApplicable(3) with { OfficeOnly = true }),
        Submitted("DE", QuestionAnswer.Written(1, "About 40."), QuestionAnswer.NoInformation(2), QuestionAnswer.ToFollow(3, new DateOnly(2026, 5, 1))),
    ];

    [Fact]
    public void The_office_sees_every_answer_and_which_were_given_to_it_only()
    {
        var compilation = Compilation.Of(Request, Answers, CompilationView.Office);

        var france = compilation.States[0].Cells;
        Assert.Equal(CompilationView.Office, compilation.View);
        Assert.Equal([CellKind.Text, CellKind.ToFollow, CellKind.NotApplicable], france.Select(c => c.Kind));
        Assert.Equal("SECRET 312", france[0].Text);
        Assert.Equal(new DateOnly(2026, 4, 1), france[1].FollowsBy);
        Assert.All(france, c => Assert.True(c.OfficeOnly));
        Assert.All(compilation.States[1].Cells, c => Assert.False(c.OfficeOnly));
    }

    [Fact]
    public void The_networks_version_leaves_out_text_nil_kind_and_date_of_an_answer_given_to_the_office_only()
    {
        var compilation = Compilation.Of(Request, Answers, CompilationView.Network);

        Assert.Equal(CompilationView.Network, compilation.View);
        Assert.All(compilation.States[0].Cells, c => Assert.Equal(new CompiledCell(c.Question, CellKind.Withheld), c));
        Assert.DoesNotContain("SECRET", string.Join("|", compilation.States.SelectMany(s => s.Cells).Select(c => c.Text)));
        // What France shared and Germany's answers are as in the office's version.
        Assert.Equal(Compilation.Of(Request, Answers).States[1].Cells, compilation.States[1].Cells);
    }

    [Fact]
    public void A_state_whose_every_answer_is_for_the_office_still_counts_as_having_replied()
    {
        var compilation = Compilation.Of(Request, Answers, CompilationView.Network);

        Assert.True(compilation.States[0].Replied);
        Assert.Equal(2, compilation.Responding);
        Assert.All(compilation.States[2].Cells, c => Assert.Equal(CellKind.NoReply, c.Kind));
    }

    [Fact]
    public void Without_a_view_the_compilation_is_the_offices()
    {
        Assert.Equal(Compilation.Of(Request, Answers, CompilationView.Office).States.SelectMany(s => s.Cells),
            Compilation.Of(Request, Answers).States.SelectMany(s => s.Cells));
        Assert.Equal(CompilationView.Office, Compilation.Of(Request, Answers).View);
    }

    [Fact]
    public void Anonymous_letters_are_the_same_in_both_versions()
    {
        var anonymous = Request with { Anonymous = true };

        Assert.Equal(Compilation.Of(anonymous, Answers, CompilationView.Office).States.Select(s => s.Letter),
            Compilation.Of(anonymous, Answers, CompilationView.Network).States.Select(s => s.Letter));
        Assert.All(Compilation.Of(anonymous, Answers, CompilationView.Network).States, s => Assert.Null(s.Code));
    }

    [Fact]
    public void Visibility_is_one_rule_for_an_answer_and_for_a_states_answer_to_a_question()
    {
        var france = Answers[0];
        var q1 = new QuestionNumber(1);

        Assert.True(CompilationVisibility.Shows(CompilationView.Office, france, q1));
        Assert.False(CompilationVisibility.Shows(CompilationView.Network, france, q1));
        Assert.True(CompilationVisibility.Shows(CompilationView.Network, Answers[1], q1));
        Assert.True(CompilationVisibility.Shows(CompilationView.Network, null, q1));
        Assert.True(CompilationVisibility.Shows(CompilationView.Network, (QuestionAnswer?)null));
        Assert.False(CompilationVisibility.Shows(CompilationView.Network, QuestionAnswer.NoInformation(2) with { OfficeOnly = true }));
    }
}
