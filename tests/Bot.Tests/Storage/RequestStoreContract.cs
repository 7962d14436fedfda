using FocalBot.Bot.Storage.Sqlite;
using FocalBot.Domain.Requests;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Tests.Storage;

/// What every request store does: requests and answers kept exactly as given, versioned saves, gap-free numbers.
public abstract class RequestStoreContract
{
    protected abstract IRequestStore Store { get; }

    static readonly RequestNumber Seven = new(2026, 7);

    static InformationRequest ARequest(string id = "r-1", RequestNumber? number = null) => new()
    {
        Id = id,
        Number = number,
        Title = "Mineurs non accompagnés : **accueil** <b>à la frontière</b>",
        TitleTranslation = "Unaccompanied minors: reception at the border",
        Background = "Ligne 1\nLigne 2 — « guillemets » [lien](https://x.example)",
        BackgroundTranslation = "Line 1\nLine 2",
        Questions = [new("Combien ?", "How many?"), new("Qui évalue l’âge ?", "Who assesses age?")],
        Language = Language.Fr,
        Deadline = new DateOnly(2026, 12, 14),
        Audience = Audience.Of("FR", "DE"),
        Kind = RequestKind.Planned,
        Status = number is null ? RequestStatus.Draft : RequestStatus.Sent,
        Anonymous = true,
        RequesterId = "m-sophie",
        CreatedOn = new DateOnly(2026, 11, 23),
        SentOn = number is null ? null : new DateOnly(2026, 11, 24),
        DeclineReason = "—",
    };

    static StateAnswer AnAnswer(string state = "FR") => StateAnswer.New(Seven, state) with
    {
        Answers = [QuestionAnswer.Written(1, "312, dont « 40 » en outre-mer.\n**Source** : <i>DGEF</i>"), QuestionAnswer.ToFollow(2, new DateOnly(2027, 1, 10)), QuestionAnswer.NotApplicable(3)],
        Language = Language.Fr,
        Status = AnswerStatus.Submitted,
        Late = true,
        ChangedBy = "m-elise",
        ChangedAt = new DateTimeOffset(2026, 11, 25, 10, 30, 0, TimeSpan.Zero),
        SubmittedAt = new DateTimeOffset(2026, 11, 25, 10, 31, 0, TimeSpan.Zero),
        Version = 3,
        AcknowledgedBy = "m-marc",
        AcknowledgedAt = new DateTimeOffset(2026, 11, 24, 8, 0, 0, TimeSpan.Zero),
    };

    [Fact]
    public async Task A_request_comes_back_exactly_as_saved()
    {
        var request = ARequest(number: Seven);

        var saved = Assert.IsType<SaveResult.Saved>(await Store.SaveAsync(request, default));

        var read = (await Store.GetAsync("r-1", default))!;
        Assert.Equal(saved.Version, read.Version);
        Assert.Equivalent(request with { Version = read.Version }, read, strict: true);
        Assert.Equal(request.Questions, read.Questions);
        Assert.Equal(request.Audience.StateCodes, read.Audience.StateCodes);
        Assert.Equal(read.Id, (await Store.FindAsync(Seven, default))!.Id);
        Assert.Null(await Store.GetAsync("nobody", default));
        Assert.Null(await Store.FindAsync(new RequestNumber(2026, 8), default));
    }

    [Fact]
    public async Task The_largest_request_fits()
    {
        var big = ARequest() with
        {
            Title = new string('t', 200), TitleTranslation = new string('é', 200),
            Background = new string('b', 1500), BackgroundTranslation = new string('à', 1500),
            Questions = [.. Enumerable.Range(1, 20).Select(i => new Question(new string('q', 500), new string('ç', 500)))],
        };

        Assert.IsType<SaveResult.Saved>(await Store.SaveAsync(big, default));

        Assert.Equal(big.Questions, (await Store.GetAsync(big.Id, default))!.Questions);
    }

    [Fact]
    public async Task A_stale_save_loses_and_changes_nothing()
    {
        await Store.SaveAsync(ARequest(), default);
        var read = (await Store.GetAsync("r-1", default))!;
        Assert.IsType<SaveResult.Saved>(await Store.SaveAsync(read with { Title = "First" }, default));

        Assert.IsType<SaveResult.Conflict>(await Store.SaveAsync(read with { Title = "Second" }, default));

        Assert.Equal("First", (await Store.GetAsync("r-1", default))!.Title);
    }

    [Fact]
    public async Task A_new_request_with_a_taken_id_or_number_is_a_duplicate()
    {
        await Store.SaveAsync(ARequest("r-1", Seven), default);

        Assert.IsType<SaveResult.Duplicate>(await Store.SaveAsync(ARequest("r-1"), default));
        Assert.IsType<SaveResult.Duplicate>(await Store.SaveAsync(ARequest("r-2", Seven), default));
        Assert.Single(await Store.ListAsync(default));
    }

    [Fact]
    public async Task Requests_are_listed_newest_first()
    {
        foreach (var id in new[] { "r-a", "r-b", "r-c" }) await Store.SaveAsync(ARequest(id), default);

        Assert.Equal(["r-c", "r-b", "r-a"], (await Store.ListAsync(default)).Select(r => r.Id));
    }

    [Fact]
    public async Task A_number_is_reserved_once_per_request_and_counts_up_within_the_year()
    {
        var first = await Store.ReserveNumberAsync("r-a", 2026, default);
        var again = await Store.ReserveNumberAsync("r-a", 2026, default);
        var second = await Store.ReserveNumberAsync("r-b", 2026, default);
        var nextYear = await Store.ReserveNumberAsync("r-c", 2027, default);

        Assert.Equal(new RequestNumber(2026, 1), first);
        Assert.Equal(first, again);
        Assert.Equal(new RequestNumber(2026, 2), second);
        Assert.Equal(new RequestNumber(2027, 1), nextYear);
    }

    [Fact]
    public async Task Requests_sent_at_the_same_moment_get_distinct_numbers_with_no_gap()
    {
        var numbers = await Task.WhenAll(Enumerable.Range(1, 12).Select(i => Task.Run(() => Store.ReserveNumberAsync($"r-{i}", 2026, default))));

        Assert.Equal(Enumerable.Range(1, 12), numbers.Select(n => n.Sequence).Order());
        Assert.All(numbers, n => Assert.Equal(2026, n.Year));
    }

    [Fact]
    public async Task An_answer_comes_back_exactly_as_saved()
    {
        var answer = AnAnswer();

        var saved = Assert.IsType<SaveResult.Saved>(await Store.SaveAnswerAsync(answer, default));

        var read = (await Store.GetAnswerAsync(Seven, "fr", default))!;
        Assert.Equal(saved.Version, read.StoreVersion);
        Assert.Equivalent(answer with { StoreVersion = read.StoreVersion }, read, strict: true);
        Assert.Equal(answer.Answers, read.Answers);
        Assert.Null(await Store.GetAnswerAsync(Seven, "DE", default));
    }

    [Fact]
    public async Task The_longest_answers_fit()
    {
        var answer = AnAnswer() with { Answers = [.. Enumerable.Range(1, 20).Select(q => QuestionAnswer.Written(q, new string('é', 5000)))] };

        Assert.IsType<SaveResult.Saved>(await Store.SaveAnswerAsync(answer, default));

        Assert.Equal(answer.Answers, (await Store.GetAnswerAsync(Seven, "FR", default))!.Answers);
    }

    [Fact]
    public async Task Answers_are_one_per_state_listed_in_state_order_for_their_request_only()
    {
        await Store.SaveAnswerAsync(AnAnswer("IT"), default);
        await Store.SaveAnswerAsync(AnAnswer("DE"), default);
        await Store.SaveAnswerAsync(StateAnswer.New(new RequestNumber(2026, 8), "FR"), default);

        Assert.IsType<SaveResult.Conflict>(await Store.SaveAnswerAsync(AnAnswer("DE"), default));   // a second first save

        Assert.Equal(["DE", "IT"], (await Store.ListAnswersAsync(Seven, default)).Select(a => a.StateCode));
    }

    [Fact]
    public async Task A_stale_acknowledgement_does_not_overwrite_text_saved_meanwhile()
    {
        await Store.SaveAnswerAsync(StateAnswer.New(Seven, "FR") with { Answers = [QuestionAnswer.Written(1, "draft")], Version = 1 }, default);
        var read = (await Store.GetAnswerAsync(Seven, "FR", default))!;
        Assert.IsType<SaveResult.Saved>(await Store.SaveAnswerAsync(read with { Answers = [QuestionAnswer.Written(1, "better")], Version = 2 }, default));

        var stale = await Store.SaveAnswerAsync(read with { AcknowledgedBy = "m-marc", AcknowledgedAt = DateTimeOffset.UnixEpoch }, default);

        Assert.IsType<SaveResult.Conflict>(stale);
        var now = (await Store.GetAnswerAsync(Seven, "FR", default))!;
        Assert.Equal("better", now.Answers[0].Text);
        Assert.Null(now.AcknowledgedBy);
    }
}

public sealed class SqliteRequestStoreTests : RequestStoreContract, IDisposable
{
    readonly SqliteTestDatabase _db = new();

    protected override IRequestStore Store => new SqliteRequestStore(_db.Database);

    public void Dispose() => _db.Dispose();
}

public sealed class SharePointRequestStoreTests : RequestStoreContract
{
    readonly GraphTestSite _site = new();

    protected override IRequestStore Store => _site.Requests();
}
