using FocalBot.Domain.Requests;
using FocalBot.Domain.Shared;

namespace FocalBot.Domain.Tests.Requests;

public sealed class RequestValidationTests
{
    static readonly RequestSettings Settings = RequestSettings.Default;
    static readonly DateOnly Today = ARequest.Today;

    static IEnumerable<RequestProblem> Problems(InformationRequest request, WorkingDays? calendar = null) =>
        RequestValidation.Problems(request, Today, calendar ?? WorkingDays.WeekdaysOnly, Settings).Select(i => i.Problem);

    [Fact]
    public void A_complete_request_has_no_problem() => Assert.Empty(Problems(ARequest.Draft()));

    [Fact]
    public void Who_receives_the_compilation_must_be_one_of_the_choices()
    {
        Assert.All(Enum.GetValues<CompilationRecipients>(), r => Assert.Empty(Problems(ARequest.Draft() with { Recipients = r })));
        Assert.Equal([RequestProblem.RecipientsUnknown], Problems(ARequest.Draft() with { Recipients = (CompilationRecipients)7 }));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Title_is_required(string title) => Assert.Equal([RequestProblem.TitleMissing], Problems(ARequest.Draft() with { Title = title }));

    [Fact]
    public void Title_may_have_200_characters_not_201()
    {
        Assert.Empty(Problems(ARequest.Draft() with { Title = new string('t', 200) }));
        Assert.Equal([RequestProblem.TitleTooLong], Problems(ARequest.Draft() with { Title = new string('t', 201) }));
    }

    [Fact]
    public void Background_may_have_1500_characters_not_1501()
    {
        Assert.Empty(Problems(ARequest.Draft() with { Background = new string('b', 1500) }));
        Assert.Equal([RequestProblem.BackgroundTooLong], Problems(ARequest.Draft() with { Background = new string('b', 1501) }));
    }

    [Fact]
    public void A_request_needs_a_question_and_at_most_20()
    {
        Assert.Equal([RequestProblem.NoQuestion], Problems(ARequest.Draft() with { Questions = [] }));
        var twenty = Enumerable.Range(1, 20).Select(i => $"Question {i}?").ToArray();
        Assert.Empty(Problems(ARequest.Draft(twenty)));
        Assert.Equal([RequestProblem.TooManyQuestions], Problems(ARequest.Draft([.. twenty, "One more?"])));
    }

    [Fact]
    public void Empty_and_overlong_questions_are_reported_with_their_number()
    {
        var issues = RequestValidation.Problems(ARequest.Draft("Fine?", " ", new string('q', 501), new string('q', 500)), Today, WorkingDays.WeekdaysOnly, Settings);

        Assert.Equal([new RequestIssue(RequestProblem.QuestionEmpty, new QuestionNumber(2)), new RequestIssue(RequestProblem.QuestionTooLong, new QuestionNumber(3))], issues);
    }

    [Fact]
    public void No_translation_or_a_full_one_is_fine()
    {
        var translated = ARequest.Draft() with
        {
            TitleTranslation = "Accueil des enfants non accompagnés",
            BackgroundTranslation = "Le RSSG prépare le rapport annuel.",
            Questions = [new("How many?", "Combien ?"), new("Who?", "Qui ?")],
        };

        Assert.Empty(Problems(translated));
        Assert.Empty(Problems(translated with { Background = "", BackgroundTranslation = null }));
    }

    [Fact]
    public void A_translation_missing_for_one_field_is_incomplete()
    {
        var partial = ARequest.Draft() with
        {
            TitleTranslation = "Accueil des enfants",
            BackgroundTranslation = "Le RSSG prépare le rapport annuel.",
            Questions = [new("How many?", "Combien ?"), new("Who?")],
        };

        Assert.Equal([RequestProblem.TranslationIncomplete], Problems(partial));
    }

    [Fact]
    public void Translations_have_the_same_length_limits()
    {
        var request = ARequest.Draft() with
        {
            TitleTranslation = new string('t', 201),
            BackgroundTranslation = "Contexte",
            Questions = [new("How many?", new string('q', 501))],
        };

        Assert.Equal([RequestProblem.TitleTooLong, RequestProblem.QuestionTooLong], Problems(request));
    }

    [Fact]
    public void A_deadline_in_the_past_is_refused() =>
        Assert.Equal([RequestProblem.DeadlinePassed], Problems(ARequest.Draft() with { Deadline = Today.AddDays(-1) }));

    [Fact]
    public void A_deadline_needs_five_working_days_counting_weekends_and_holidays_out()
    {
        // From Monday 2 March 2026, Monday 9 March is five working days ahead, Friday 6 March only four.
        Assert.Empty(Problems(ARequest.Draft() with { Deadline = new(2026, 3, 9) }));
        Assert.Equal([RequestProblem.DeadlineTooSoon], Problems(ARequest.Draft() with { Deadline = new(2026, 3, 6) }));
        Assert.Equal([RequestProblem.DeadlineTooSoon], Problems(ARequest.Draft() with { Deadline = Today }));

        var withHoliday = new WorkingDays(["2026-03-04"]);
        Assert.Equal([RequestProblem.DeadlineTooSoon], Problems(ARequest.Draft() with { Deadline = new(2026, 3, 9) }, withHoliday));
    }

    [Fact]
    public void The_minimum_of_working_days_is_configurable()
    {
        var issues = RequestValidation.Problems(ARequest.Draft() with { Deadline = new(2026, 3, 4) }, Today, WorkingDays.WeekdaysOnly,
            Settings with { MinimumWorkingDays = 2 });

        Assert.Empty(issues);
    }

    [Fact]
    public void Chosen_states_must_be_member_states_and_at_least_one()
    {
        Assert.Empty(Problems(ARequest.Draft() with { Audience = Audience.Of("fr", "DE") }));
        Assert.Equal([RequestProblem.AudienceEmpty], Problems(ARequest.Draft() with { Audience = Audience.Of() }));

        var issues = RequestValidation.Problems(ARequest.Draft() with { Audience = Audience.Of("FR", "XX") }, Today, WorkingDays.WeekdaysOnly, Settings);
        Assert.Equal([new RequestIssue(RequestProblem.UnknownState, Value: "XX")], issues);
    }

    [Fact]
    public void Every_problem_is_reported_at_once()
    {
        var bad = ARequest.Draft() with { Title = "", Questions = [], Deadline = Today.AddDays(-3), Audience = Audience.Of() };

        Assert.Equal([RequestProblem.TitleMissing, RequestProblem.NoQuestion, RequestProblem.DeadlinePassed, RequestProblem.AudienceEmpty], Problems(bad));
    }

    [Fact]
    public void Text_is_kept_literally()
    {
        var request = ARequest.Draft("**Bold?** <b>tags</b> [link](http://x)");

        Assert.Equal("**Bold?** <b>tags</b> [link](http://x)", request.Questions[0].Text);
        Assert.Empty(Problems(request));
    }

    [Fact]
    public void Default_deadline_is_fifteen_working_days_ahead()
    {
        // Monday 2 March 2026 + 15 working days is Monday 23 March; with Friday 13 March off, Tuesday 24 March.
        Assert.Equal(new DateOnly(2026, 3, 23), RequestDeadline.Default(Today, WorkingDays.WeekdaysOnly, Settings));
        Assert.Equal(new DateOnly(2026, 3, 24), RequestDeadline.Default(Today, new WorkingDays(["2026-03-13"]), Settings));
    }

    [Fact]
    public void The_whole_audience_is_every_member_state_in_the_councils_order()
    {
        Assert.Equal(46, Audience.All.States().Count);
        Assert.Equal(["FR", "DE"], Audience.Of("fr", "DE", "XX").States());
    }
}
