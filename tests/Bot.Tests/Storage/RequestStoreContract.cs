using System.Text;
using FocalBot.Bot.Storage;
using FocalBot.Bot.Storage.SharePoint;
using FocalBot.Bot.Storage.Sqlite;
using FocalBot.Domain.Requests;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Tests.Storage;

/// What every request store does: requests and answers kept exactly as given, versioned saves, gap-free numbers.
public abstract class RequestStoreContract
{
    protected abstract IRequestStore Store { get; }

    internal static readonly RequestNumber Seven = new(2026, 7);

    /// Text as people type and paste it: accents, French spacing (no-break and narrow no-break spaces), quotes and
    /// backslashes, Windows and Unix line breaks, a tab, emoji (one a joined sequence), Markdown and HTML that must stay
    /// literal, and trailing spaces.
    internal const string Typed = "Mineurs non accompagnés\u202F: **accueil** <b>à la frontière</b> & &amp; « guillemets »\u00A0!\r\n"
        + "Ligne 2\t\"citation\" C:\\dossier\\n 😀 👩‍👩‍👧\n- [lien](https://x.example) `code` <script>x</script>  ";

    /// Exactly `length` UTF-16 characters of the pattern repeated, never cutting a character in half.
    internal static string Fill(string pattern, int length)
    {
        var text = new StringBuilder(length);
        while (text.Length < length)
            foreach (var rune in pattern.EnumerateRunes())
            {
                if (text.Length + rune.Utf16SequenceLength > length) return text.Append('x', length - text.Length).ToString();
                text.Append(rune.ToString());
            }
        return text.ToString();
    }

    internal static InformationRequest ARequest(string id = "r-1", RequestNumber? number = null) => new()
    {
        Id = id,
        Number = number,
        Title = "Mineurs non accompagnés : **accueil** <b>à la frontière</b>",
        TitleTranslation = "Unaccompanied minors: reception at the border",
        Background = Typed,
        BackgroundTranslation = "Line 1\nLine 2 <i>kept</i>",
        Questions = [new("Combien ?", "How many?"), new("Qui évalue l’âge ?\n1. **médecin**\n2. <u>juge</u>", "Who assesses age?"), new(Typed)],
        Language = Language.Fr,
        Deadline = new DateOnly(2026, 12, 14),
        Audience = Audience.Of("FR", "DE", "lu "),
        Kind = RequestKind.AdHoc,
        Status = number is null ? RequestStatus.Draft : RequestStatus.Sent,
        DeclineReason = "Déjà couvert\u00A0: voir 2026/03",
        Anonymous = true,
        RequesterId = "m-sophie",
        CreatedOn = new DateOnly(2026, 11, 23),
        SentOn = number is null ? null : new DateOnly(2026, 11, 24),
    };

    internal static StateAnswer AnAnswer(string state = "FR") => StateAnswer.New(Seven, state) with
    {
        Answers =
        [
            QuestionAnswer.Written(1, "312, dont « 40 » en outre-mer.\n**Source**\u202F: <i>DGEF</i>"),
            QuestionAnswer.ToFollow(2, new DateOnly(2027, 1, 10)),
            QuestionAnswer.NotApplicable(3),
            QuestionAnswer.NoInformation(4),
            QuestionAnswer.Written(5, Typed),
        ],
        Language = Language.Fr,
        Status = AnswerStatus.Submitted,
        Late = true,
        ChangedBy = "m-elise",
        ChangedAt = new DateTimeOffset(2026, 11, 25, 10, 30, 15, 123, TimeSpan.FromHours(1)),
        SubmittedAt = new DateTimeOffset(2026, 11, 25, 10, 31, 0, TimeSpan.Zero),
        Version = 3,
        AcknowledgedBy = "m-marc",
        AcknowledgedAt = new DateTimeOffset(2026, 11, 24, 8, 0, 0, TimeSpan.Zero),
    };

    /// Every property (nested ones too), lists in their order, and instants with their offset: Equivalent alone would
    /// accept reordered lists, and DateTimeOffset equality ignores the offset.
    static void AssertSame(InformationRequest expected, InformationRequest actual)
    {
        Assert.Equivalent(expected, actual, strict: true);
        Assert.Equal(expected.Questions, actual.Questions);
        Assert.Equal(expected.Audience.StateCodes, actual.Audience.StateCodes);
    }

    static void AssertSame(StateAnswer expected, StateAnswer actual)
    {
        Assert.Equivalent(expected, actual, strict: true);
        Assert.Equal(expected.Answers, actual.Answers);
        Assert.Equal(
            new[] { expected.ChangedAt, expected.SubmittedAt, expected.AcknowledgedAt }.Select(at => at?.ToString("O")),
            new[] { actual.ChangedAt, actual.SubmittedAt, actual.AcknowledgedAt }.Select(at => at?.ToString("O")));
    }

    /// Calls 1..n on the thread pool, all released together: started one by one, the calls hardly overlap.
    internal static async Task<T[]> AtOnce<T>(int n, Func<int, Task<T>> call)
    {
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var calls = Enumerable.Range(1, n).Select(i => Task.Run(async () => { await start.Task; return await call(i); })).ToList();
        start.SetResult();
        return await Task.WhenAll(calls);
    }

    [Fact]
    public async Task A_request_comes_back_exactly_as_saved()
    {
        var request = ARequest(number: Seven);

        var saved = Assert.IsType<SaveResult.Saved>(await Store.SaveAsync(request, default));

        var read = (await Store.GetAsync("r-1", default))!;
        Assert.Equal(saved.Version, read.Version);
        AssertSame(request with { Version = read.Version }, read);
        AssertSame(read, (await Store.FindAsync(Seven, default))!);
        Assert.Null(await Store.GetAsync("nobody", default));
        Assert.Null(await Store.FindAsync(new RequestNumber(2026, 8), default));
    }

    [Fact]
    public async Task A_request_with_only_what_is_required_comes_back_with_the_rest_empty()
    {
        var request = new InformationRequest
        {
            Id = "r-min", Title = "T", Questions = [new("Q")], Language = Language.En, Deadline = new DateOnly(2027, 1, 4), Audience = Audience.All,
        };

        await Store.SaveAsync(request, default);

        var read = (await Store.GetAsync("r-min", default))!;
        AssertSame(request with { Version = read.Version }, read);
        Assert.True(read.Audience.Everyone);
    }

    [Fact]
    public async Task The_largest_request_fits_whatever_its_characters()
    {
        // Emoji are the worst case for a store keeping JSON: each half of one is written as a six-character escape.
        var big = ARequest() with
        {
            Title = Fill("😀", 200), TitleTranslation = Fill("é\"", 200),
            Background = Fill("🇫🇷", 1500), BackgroundTranslation = Fill("\\\n", 1500),
            Questions = [.. Enumerable.Range(1, 20).Select(i => new Question(Fill("😀" + i, 500), Fill(Typed, 500)))],
        };

        Assert.IsType<SaveResult.Saved>(await Store.SaveAsync(big, default));

        var read = (await Store.GetAsync(big.Id, default))!;
        AssertSame(big with { Version = read.Version }, read);
    }

    [Fact]
    public async Task A_stale_save_loses_and_changes_nothing()
    {
        await Store.SaveAsync(ARequest(), default);
        var read = (await Store.GetAsync("r-1", default))!;
        var first = Assert.IsType<SaveResult.Saved>(await Store.SaveAsync(read with { Title = "First" }, default));

        Assert.IsType<SaveResult.Conflict>(await Store.SaveAsync(read with { Title = "Second", Status = RequestStatus.Closed }, default));

        var now = (await Store.GetAsync("r-1", default))!;
        Assert.Equal(("First", RequestStatus.Draft, first.Version), (now.Title, now.Status, now.Version));
    }

    [Fact]
    public async Task Saving_over_a_request_never_stored_is_a_conflict()
    {
        Assert.IsType<SaveResult.Conflict>(await Store.SaveAsync(ARequest() with { Version = "1" }, default));

        Assert.Null(await Store.GetAsync("r-1", default));
    }

    [Fact]
    public async Task A_new_request_with_a_taken_id_or_number_is_a_duplicate()
    {
        await Store.SaveAsync(ARequest("r-1", Seven), default);

        Assert.IsType<SaveResult.Duplicate>(await Store.SaveAsync(ARequest("r-1") with { Title = "Other" }, default));
        Assert.IsType<SaveResult.Duplicate>(await Store.SaveAsync(ARequest("r-2", Seven), default));
        Assert.Equal("r-1", Assert.Single(await Store.ListAsync(default)).Id);
        Assert.NotEqual("Other", (await Store.GetAsync("r-1", default))!.Title);
    }

    [Fact]
    public async Task A_draft_given_its_number_is_found_by_it_and_each_save_moves_the_version_on()
    {
        var draft = (SaveResult.Saved)await Store.SaveAsync(ARequest(), default);
        Assert.Null(await Store.FindAsync(Seven, default));

        var sent = Assert.IsType<SaveResult.Saved>(await Store.SaveAsync(ARequest(number: Seven) with { Version = draft.Version }, default));

        Assert.NotEqual(draft.Version, sent.Version);
        var found = (await Store.FindAsync(Seven, default))!;
        Assert.Equal(("r-1", RequestStatus.Sent, sent.Version), (found.Id, found.Status, found.Version));
        Assert.IsType<SaveResult.Saved>(await Store.SaveAsync(found with { Status = RequestStatus.Closed }, default));
    }

    [Fact]
    public async Task Taking_the_number_of_another_request_is_a_duplicate_and_changes_nothing()
    {
        await Store.SaveAsync(ARequest("r-1", Seven), default);
        var other = (SaveResult.Saved)await Store.SaveAsync(ARequest("r-2"), default);

        Assert.IsType<SaveResult.Duplicate>(await Store.SaveAsync(ARequest("r-2", Seven) with { Version = other.Version }, default));

        Assert.Equal("r-1", (await Store.FindAsync(Seven, default))!.Id);
        var unchanged = (await Store.GetAsync("r-2", default))!;
        Assert.Equal((null, other.Version), (unchanged.Number, unchanged.Version));
    }

    [Fact]
    public async Task Requests_are_listed_newest_first_and_a_later_save_does_not_move_one()
    {
        var first = (SaveResult.Saved)await Store.SaveAsync(ARequest("r-a"), default);
        foreach (var id in new[] { "r-b", "r-c" }) await Store.SaveAsync(ARequest(id), default);

        await Store.SaveAsync(ARequest("r-a") with { Title = "Edited", Version = first.Version }, default);

        Assert.Equal(["r-c", "r-b", "r-a"], (await Store.ListAsync(default)).Select(r => r.Id));
    }

    [Fact]
    public async Task A_number_is_reserved_once_per_request_and_counts_up_within_the_year()
    {
        var first = await Store.ReserveNumberAsync("r-a", 2026, default);
        var again = await Store.ReserveNumberAsync("r-a", 2026, default);
        var second = await Store.ReserveNumberAsync("r-b", 2026, default);
        var nextYear = await Store.ReserveNumberAsync("r-c", 2027, default);
        var askedInJanuary = await Store.ReserveNumberAsync("r-a", 2027, default);

        Assert.Equal(new RequestNumber(2026, 1), first);
        Assert.Equal(first, again);
        Assert.Equal(new RequestNumber(2026, 2), second);
        Assert.Equal(new RequestNumber(2027, 1), nextYear);
        Assert.Equal(first, askedInJanuary);   // a request keeps the number it was given, whatever year it asks for
        Assert.Equal(new RequestNumber(2027, 2), await Store.ReserveNumberAsync("r-d", 2027, default));
    }

    [Fact]
    public async Task Twenty_requests_sent_at_the_same_moment_get_1_to_20_and_keep_them()
    {
        var numbers = await AtOnce(20, i => Store.ReserveNumberAsync($"r-{i}", 2026, default));

        Assert.Equal(Enumerable.Range(1, 20), numbers.Select(n => n.Sequence).Order());
        Assert.All(numbers, n => Assert.Equal(2026, n.Year));
        for (var i = 1; i <= 20; i++) Assert.Equal(numbers[i - 1], await Store.ReserveNumberAsync($"r-{i}", 2026, default));
    }

    [Fact]
    public async Task Two_years_count_on_their_own_even_at_the_same_moment()
    {
        var taken = await AtOnce(16, async i => (Year: 2026 + i % 2, Number: await Store.ReserveNumberAsync($"r-{i}", 2026 + i % 2, default)));

        foreach (var year in new[] { 2026, 2027 })
        {
            var ofYear = taken.Where(t => t.Year == year).Select(t => t.Number).ToList();
            Assert.All(ofYear, n => Assert.Equal(year, n.Year));
            Assert.Equal(Enumerable.Range(1, 8), ofYear.Select(n => n.Sequence).Order());
        }
    }

    [Fact]
    public async Task One_request_asking_several_times_at_once_gets_one_number_and_skips_none()
    {
        await Store.ReserveNumberAsync("r-before", 2026, default);

        var numbers = await AtOnce(6, _ => Store.ReserveNumberAsync("r-a", 2026, default));

        Assert.All(numbers, n => Assert.Equal(new RequestNumber(2026, 2), n));
        Assert.Equal(new RequestNumber(2026, 3), await Store.ReserveNumberAsync("r-b", 2026, default));
    }

    [Fact]
    public async Task An_answer_comes_back_exactly_as_saved()
    {
        var answer = AnAnswer();

        var saved = Assert.IsType<SaveResult.Saved>(await Store.SaveAnswerAsync(answer, default));

        var read = (await Store.GetAnswerAsync(Seven, "fr ", default))!;
        Assert.Equal(saved.Version, read.StoreVersion);
        AssertSame(answer with { StoreVersion = read.StoreVersion }, read);
        Assert.Null(await Store.GetAnswerAsync(Seven, "DE", default));
        Assert.Null(await Store.GetAnswerAsync(new RequestNumber(2026, 8), "FR", default));
    }

    /// A document as the attachment flow records it: a name with accents and brackets, a SharePoint address.
    internal static Annex AnAnnex(string id, int? question, TimeSpan offset) => new()
    {
        Id = id, Name = "Loi n 2024-42 (version finale) é.pdf", ContentType = "application/pdf", Length = 5_242_881L,
        FileId = "01ABCDEF" + id, FileUrl = question is null ? null : $"https://contoso.sharepoint.com/sites/network/Compilations/{id}/Loi%202024-42.pdf",
        Question = question is { } q ? new QuestionNumber(q) : null, AddedBy = "m-elise",
        AddedAt = new DateTimeOffset(2026, 11, 25, 10, 30, 15, 123, offset),
    };

    [Fact]
    public async Task Annexes_and_background_documents_come_back_exactly_as_saved()
    {
        var request = ARequest(number: Seven) with { Documents = [AnAnnex("d1", null, TimeSpan.Zero), AnAnnex("d2", null, TimeSpan.FromHours(1))] };
        var answer = AnAnswer() with { Annexes = [AnAnnex("a1", 2, TimeSpan.FromHours(1)), AnAnnex("a2", null, TimeSpan.Zero), AnAnnex("a3", 20, TimeSpan.Zero)] };

        await Store.SaveAsync(request, default);
        await Store.SaveAnswerAsync(answer, default);

        var (readRequest, readAnswer) = ((await Store.GetAsync("r-1", default))!, (await Store.GetAnswerAsync(Seven, "FR", default))!);
        Assert.Equal(request.Documents, readRequest.Documents);
        Assert.Equal(answer.Annexes, readAnswer.Annexes);
        Assert.Equal(answer.Annexes.Select(a => a.AddedAt.ToString("O")), readAnswer.Annexes.Select(a => a.AddedAt.ToString("O")));
        Assert.Equal(request.Documents.Select(a => a.AddedAt.ToString("O")), readRequest.Documents.Select(a => a.AddedAt.ToString("O")));
    }

    [Fact]
    public async Task Who_receives_the_compilation_its_release_and_answers_for_the_office_only_come_back_as_saved()
    {
        var released = ARequest("r-released", Seven) with { Recipients = CompilationRecipients.Responders, ReleasedOn = new DateOnly(2026, 12, 15) };
        var kept = ARequest("r-kept") with { Recipients = CompilationRecipients.Office };
        var answer = AnAnswer() with
        {
            Answers = [.. AnAnswer().Answers.Select(a => a.Question.Value is 1 or 3 ? a with { OfficeOnly = true } : a)],
        };

        await Store.SaveAsync(released, default);
        await Store.SaveAsync(kept, default);
        await Store.SaveAnswerAsync(answer, default);

        var read = (await Store.FindAsync(Seven, default))!;
        AssertSame(released with { Version = read.Version }, read);
        Assert.Equal((CompilationRecipients.Office, (DateOnly?)null), ((await Store.GetAsync("r-kept", default))!.Recipients, (await Store.GetAsync("r-kept", default))!.ReleasedOn));
        var back = (await Store.GetAnswerAsync(Seven, "FR", default))!;
        AssertSame(answer with { StoreVersion = back.StoreVersion }, back);
        Assert.Equal([true, false, true, false, false], back.Answers.Select(a => a.OfficeOnly));
    }

    [Fact]
    public async Task Releasing_a_request_read_before_is_a_versioned_save_that_a_stale_copy_loses()
    {
        await Store.SaveAsync(ARequest(number: Seven), default);
        var read = (await Store.GetAsync("r-1", default))!;

        var first = await Store.SaveAsync(read with { ReleasedOn = new DateOnly(2026, 12, 15) }, default);
        var second = await Store.SaveAsync(read with { ReleasedOn = new DateOnly(2026, 12, 16) }, default);

        Assert.IsType<SaveResult.Saved>(first);
        Assert.IsNotType<SaveResult.Saved>(second);
        Assert.Equal(new DateOnly(2026, 12, 15), (await Store.GetAsync("r-1", default))!.ReleasedOn);
    }

    [Fact]
    public async Task The_longest_answers_fit_whatever_their_characters()
    {
        // Emoji are the worst case for a store keeping JSON (six characters for each half of one), quotes, backslashes
        // and line breaks take two, accents one.
        var answer = AnAnswer() with
        {
            Answers = [.. Enumerable.Range(1, 20).Select(q => QuestionAnswer.Written(q, Fill(q == 20 ? "é\"\\\n" : "😀", 5000)))],
        };

        Assert.IsType<SaveResult.Saved>(await Store.SaveAnswerAsync(answer, default));

        Assert.Equal(answer.Answers, (await Store.GetAnswerAsync(Seven, "FR", default))!.Answers);
    }

    [Fact]
    public async Task An_answer_keeps_its_national_contributors_and_the_copys_texts_set_aside()
    {
        var answer = AnAnswer() with
        {
            Contributors = [new("Ministère de l’Intérieur", ContributorKind.Ministry), new(Typed, ContributorKind.CivilSociety), new("HCR", ContributorKind.InternationalOrganisation)],
            NamedWithContributors = true,
            FromCopy = [new CopyText(new QuestionNumber(1), Typed), new CopyText(new QuestionNumber(5), "Texte de la copie\nsur deux lignes")],
        };

        var saved = Assert.IsType<SaveResult.Saved>(await Store.SaveAnswerAsync(answer, default));
        var read = (await Store.GetAnswerAsync(Seven, "FR", default))!;
        AssertSame(answer with { StoreVersion = saved.Version }, read);
        Assert.Equal(answer.Contributors, read.Contributors);
        Assert.Equal(answer.FromCopy, read.FromCopy);

        await Store.SaveAnswerAsync(read with { Contributors = [], NamedWithContributors = false, FromCopy = [] }, default);
        var cleared = (await Store.GetAnswerAsync(Seven, "FR", default))!;
        Assert.Empty(cleared.Contributors);
        Assert.False(cleared.NamedWithContributors);
        Assert.Empty(cleared.FromCopy);
    }

    [Fact]
    public async Task The_longest_answers_fit_with_a_whole_copy_set_aside_and_every_contributor()
    {
        var answer = AnAnswer() with
        {
            Answers = [.. Enumerable.Range(1, 20).Select(q => QuestionAnswer.Written(q, Fill("😀", 5000)))],
            FromCopy = [.. Enumerable.Range(1, 20).Select(q => new CopyText(new QuestionNumber(q), Fill("👩‍👩‍👧", 5000)))],
            Contributors = [.. Enumerable.Range(1, NationalContributors.MaxContributors).Select(i => new NationalContributor(Fill($"{i}😀", 200), ContributorKind.Other))],
        };

        Assert.IsType<SaveResult.Saved>(await Store.SaveAnswerAsync(answer, default));

        var read = (await Store.GetAnswerAsync(Seven, "FR", default))!;
        Assert.Equal(answer.FromCopy, read.FromCopy);
        Assert.Equal(answer.Contributors, read.Contributors);
    }

    [Fact]
    public async Task Answers_are_one_per_state_listed_in_state_order_for_their_request_only()
    {
        await Store.SaveAnswerAsync(AnAnswer("IT"), default);
        await Store.SaveAnswerAsync(AnAnswer("DE") with { ChangedBy = "m-first" }, default);
        await Store.SaveAnswerAsync(AnAnswer("AT"), default);
        await Store.SaveAnswerAsync(StateAnswer.New(new RequestNumber(2026, 8), "FR"), default);
        await Store.SaveAnswerAsync(StateAnswer.New(new RequestNumber(2027, 7), "BE"), default);

        Assert.IsType<SaveResult.Conflict>(await Store.SaveAnswerAsync(AnAnswer("de") with { ChangedBy = "m-second" }, default));   // a second first save

        var answers = await Store.ListAnswersAsync(Seven, default);
        Assert.Equal(["AT", "DE", "IT"], answers.Select(a => a.StateCode));
        Assert.All(answers, a => Assert.Equal(Seven, a.Request));
        Assert.Equal("m-first", answers[1].ChangedBy);
        Assert.Empty(await Store.ListAnswersAsync(new RequestNumber(2026, 9), default));
    }

    [Fact]
    public async Task A_stale_answer_save_loses_and_changes_nothing()
    {
        var first = (SaveResult.Saved)await Store.SaveAnswerAsync(AnAnswer(), default);
        var read = (await Store.GetAnswerAsync(Seven, "FR", default))!;
        var second = Assert.IsType<SaveResult.Saved>(await Store.SaveAnswerAsync(read with { Answers = [QuestionAnswer.Written(1, "Ours")], Version = 4 }, default));
        Assert.NotEqual(first.Version, second.Version);

        Assert.IsType<SaveResult.Conflict>(await Store.SaveAnswerAsync(read with { Answers = [QuestionAnswer.Written(1, "Theirs")], Version = 4 }, default));
        Assert.IsType<SaveResult.Conflict>(await Store.SaveAnswerAsync(StateAnswer.New(Seven, "DE") with { StoreVersion = second.Version }, default));

        var now = (await Store.GetAnswerAsync(Seven, "FR", default))!;
        Assert.Equal(("Ours", 4, second.Version), (now.Answers.Single().Text, now.Version, now.StoreVersion));
        Assert.Null(await Store.GetAnswerAsync(Seven, "DE", default));
    }

    [Fact]
    public async Task A_stale_acknowledgement_does_not_overwrite_text_saved_meanwhile()
    {
        await Store.SaveAnswerAsync(StateAnswer.New(Seven, "FR") with { Answers = [QuestionAnswer.Written(1, "draft")], Version = 1 }, default);
        var read = (await Store.GetAnswerAsync(Seven, "FR", default))!;
        Assert.IsType<SaveResult.Saved>(await Store.SaveAnswerAsync(read with { Answers = [QuestionAnswer.Written(1, "better")], Version = 2 }, default));

        // The acknowledgement does not bump the domain's Version: only the store's version tells it is stale.
        var stale = await Store.SaveAnswerAsync(read with { AcknowledgedBy = "m-marc", AcknowledgedAt = DateTimeOffset.UnixEpoch }, default);

        Assert.IsType<SaveResult.Conflict>(stale);
        var now = (await Store.GetAnswerAsync(Seven, "FR", default))!;
        Assert.Equal("better", now.Answers[0].Text);
        Assert.Null(now.AcknowledgedBy);
        Assert.IsType<SaveResult.Saved>(await Store.SaveAnswerAsync(now with { AcknowledgedBy = "m-marc", AcknowledgedAt = DateTimeOffset.UnixEpoch }, default));
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

    // Reservations made at the same moment then really interleave between their reads and their create.
    public SharePointRequestStoreTests() => _site.Emulator.AnswersAsynchronously = true;

    protected override IRequestStore Store => _site.Requests();

    IEnumerable<GraphListEmulator.Recorded> Writes(ListSpec spec) => _site.RequestsTo(spec).Where(r => r.IsWrite);

    Func<HttpRequestMessage, bool> CreateIn(ListSpec spec)
    {
        var listId = _site.Emulator.List(_site.ListName(spec))!.Id;
        return r => GraphListEmulator.IsItemCreate(r) && r.RequestUri!.AbsolutePath.Contains(listId);
    }

    EmulatedList List(ListSpec spec) => _site.Emulator.List(_site.ListName(spec))!;

    static StateAnswer Longest(StateAnswer answer) =>
        answer with { Answers = [.. Enumerable.Range(1, 20).Select(q => QuestionAnswer.Written(q, Fill("😀", 5000)))] };

    [Fact]
    public async Task Every_save_is_one_write_and_a_number_one_create()
    {
        var store = _site.Requests();
        await _site.Lists.EnsureAsync(default);

        var request = (SaveResult.Saved)await store.SaveAsync(ARequest(), default);
        await store.SaveAsync(ARequest(number: Seven) with { Version = request.Version }, default);
        var answer = (SaveResult.Saved)await store.SaveAnswerAsync(AnAnswer(), default);
        await store.SaveAnswerAsync(Longest(AnAnswer()) with { Version = 4, StoreVersion = answer.Version }, default);
        await store.ReserveNumberAsync("r-1", 2026, default);
        await store.ReserveNumberAsync("r-1", 2026, default);

        Assert.Equal(["POST", "PATCH"], Writes(SharePointRequestStore.Requests).Select(w => w.Method));
        Assert.Equal(["POST", "PATCH"], Writes(SharePointRequestStore.Answers).Select(w => w.Method));
        Assert.Equal(["POST"], Writes(SharePointRequestStore.Numbers).Select(w => w.Method));
        Assert.True(List(SharePointRequestStore.Answers).Items.Single().Fields.Count(f => f.Key.StartsWith("Body", StringComparison.Ordinal)) > 1);
    }

    [Fact]
    public async Task An_answer_too_large_for_its_list_is_refused_before_anything_is_written()
    {
        var huge = AnAnswer() with { Answers = [.. Enumerable.Range(1, 50).Select(q => QuestionAnswer.Written(q, Fill("😀", 5000)))] };

        await Assert.ThrowsAsync<InvalidOperationException>(() => _site.Requests().SaveAnswerAsync(huge, default));

        Assert.Empty(Writes(SharePointRequestStore.Answers));
    }

    [Fact]
    public async Task A_shorter_answer_replaces_a_longer_one_in_the_same_write()
    {
        var longest = (SaveResult.Saved)await _site.Requests().SaveAnswerAsync(Longest(AnAnswer()), default);

        await _site.Requests().SaveAnswerAsync(AnAnswer() with { StoreVersion = longest.Version }, default);

        Assert.Equal(AnAnswer().Answers, (await _site.Requests().GetAnswerAsync(Seven, "FR", default))!.Answers);
        Assert.Equal(["POST", "PATCH"], Writes(SharePointRequestStore.Answers).Select(w => w.Method));
    }

    [Fact]
    public async Task A_new_request_whose_reply_was_lost_and_resent_is_saved_once_not_a_duplicate()
    {
        await _site.Lists.EnsureAsync(default);
        _site.Emulator.Fail(1, 503, CreateIn(SharePointRequestStore.Requests), retryAfter: TimeSpan.Zero, afterApplying: true);

        var saved = Assert.IsType<SaveResult.Saved>(await _site.Requests().SaveAsync(ARequest(number: Seven), default));

        Assert.Equal(saved.Version, (await _site.Requests().GetAsync("r-1", default))!.Version);
        Assert.Single(List(SharePointRequestStore.Requests).Items);
    }

    [Fact]
    public async Task A_first_answer_whose_reply_was_lost_and_resent_is_saved_once_not_a_conflict()
    {
        await _site.Lists.EnsureAsync(default);
        _site.Emulator.Fail(1, 503, CreateIn(SharePointRequestStore.Answers), retryAfter: TimeSpan.Zero, afterApplying: true);

        var saved = Assert.IsType<SaveResult.Saved>(await _site.Requests().SaveAnswerAsync(AnAnswer(), default));

        Assert.Equal(saved.Version, (await _site.Requests().GetAnswerAsync(Seven, "FR", default))!.StoreVersion);
        Assert.Single(List(SharePointRequestStore.Answers).Items);
    }

    [Fact]
    public async Task An_answer_update_whose_reply_was_lost_and_resent_is_recognised_as_saved()
    {
        var first = (SaveResult.Saved)await _site.Requests().SaveAnswerAsync(AnAnswer(), default);
        _site.Emulator.Fail(1, 503, GraphListEmulator.IsFieldsUpdate, retryAfter: TimeSpan.Zero, afterApplying: true);

        var saved = Assert.IsType<SaveResult.Saved>(await _site.Requests().SaveAnswerAsync(AnAnswer() with { Version = 4, StoreVersion = first.Version }, default));

        var stored = (await _site.Requests().GetAnswerAsync(Seven, "FR", default))!;
        Assert.Equal((4, saved.Version), (stored.Version, stored.StoreVersion));
    }

    [Fact]
    public async Task Throttled_saves_wait_for_Retry_After_and_are_stored_once()
    {
        await _site.Lists.EnsureAsync(default);
        _site.Emulator.Fail(1, 429, CreateIn(SharePointRequestStore.Requests), retryAfter: TimeSpan.Zero);
        _site.Emulator.Fail(2, 503, CreateIn(SharePointRequestStore.Answers), retryAfter: TimeSpan.Zero);
        _site.Emulator.Fail(1, 429, CreateIn(SharePointRequestStore.Numbers), retryAfter: TimeSpan.Zero);

        var request = Assert.IsType<SaveResult.Saved>(await _site.Requests().SaveAsync(ARequest(), default));
        var answer = Assert.IsType<SaveResult.Saved>(await _site.Requests().SaveAnswerAsync(AnAnswer(), default));
        _site.Emulator.Fail(2, 503, GraphListEmulator.IsFieldsUpdate, retryAfter: TimeSpan.Zero);
        var update = await _site.Requests().SaveAnswerAsync(AnAnswer() with { Version = 4, StoreVersion = answer.Version }, default);

        Assert.IsType<SaveResult.Saved>(update);
        Assert.Equal(new RequestNumber(2026, 1), await _site.Requests().ReserveNumberAsync("r-1", 2026, default));
        Assert.Equal(request.Version, (await _site.Requests().GetAsync("r-1", default))!.Version);
        Assert.Equal(4, (await _site.Requests().GetAnswerAsync(Seven, "FR", default))!.Version);
        Assert.All([SharePointRequestStore.Requests, SharePointRequestStore.Answers, SharePointRequestStore.Numbers], spec => Assert.Single(List(spec).Items));
    }

    [Fact]
    public async Task A_save_that_keeps_failing_is_an_error_and_stores_nothing()
    {
        await _site.Lists.EnsureAsync(default);
        _site.Emulator.Fail(100, 503, GraphListEmulator.IsItemCreate, retryAfter: TimeSpan.Zero);

        await Assert.ThrowsAnyAsync<Exception>(() => _site.Requests().SaveAsync(ARequest(), default));
        await Assert.ThrowsAnyAsync<Exception>(() => _site.Requests().SaveAnswerAsync(AnAnswer(), default));
        await Assert.ThrowsAnyAsync<Exception>(() => _site.Requests().ReserveNumberAsync("r-1", 2026, default));

        Assert.All([SharePointRequestStore.Requests, SharePointRequestStore.Answers, SharePointRequestStore.Numbers], spec => Assert.Empty(List(spec).Items));
    }

    [Fact]
    public async Task An_acknowledgement_crossing_a_colleagues_save_gets_412_and_is_a_conflict()
    {
        var first = (SaveResult.Saved)await _site.Requests().SaveAnswerAsync(StateAnswer.New(Seven, "FR") with { Answers = [QuestionAnswer.Written(1, "draft")], Version = 1 }, default);
        var read = (await _site.Requests().GetAnswerAsync(Seven, "FR", default))!;
        var theirs = RequestJson.Write(read with { Answers = [QuestionAnswer.Written(1, "better")], Version = 2 });
        // The colleague's save lands after our read and our eTag check, just before our PATCH.
        _site.Emulator.Interject(GraphListEmulator.IsFieldsUpdate,
            () => _site.Emulator.Edit(_site.ListName(SharePointRequestStore.Answers), f => (string?)f["AnswerKey"] == "2026/07|FR", f => f["Body"] = theirs));

        var result = await _site.Requests().SaveAnswerAsync(read with { AcknowledgedBy = "m-marc", AcknowledgedAt = DateTimeOffset.UnixEpoch, StoreVersion = first.Version }, default);

        Assert.IsType<SaveResult.Conflict>(result);
        Assert.Contains(_site.Emulator.Requests, r => r.Method == "PATCH");
        var now = (await _site.Requests().GetAnswerAsync(Seven, "FR", default))!;
        Assert.Equal(("better", (string?)null), (now.Answers[0].Text, now.AcknowledgedBy));
    }

    [Fact]
    public async Task A_request_changed_between_our_read_and_our_write_is_a_conflict_and_is_kept()
    {
        var first = (SaveResult.Saved)await _site.Requests().SaveAsync(ARequest(), default);
        var theirs = RequestJson.Write(ARequest() with { Title = "Theirs" });
        _site.Emulator.Interject(GraphListEmulator.IsFieldsUpdate,
            () => _site.Emulator.Edit(_site.ListName(SharePointRequestStore.Requests), f => (string?)f["RequestId"] == "r-1", f => f["Body"] = theirs));

        var result = await _site.Requests().SaveAsync(ARequest() with { Title = "Ours", Version = first.Version }, default);

        Assert.IsType<SaveResult.Conflict>(result);
        Assert.Equal("Theirs", (await _site.Requests().GetAsync("r-1", default))!.Title);
    }

    [Theory]
    [InlineData(409)]
    [InlineData(500)]
    public async Task A_reservation_beaten_to_its_number_takes_the_next_whatever_Graph_answers_the_clash(int clash)
    {
        await _site.Lists.EnsureAsync(default);
        _site.Emulator.UniqueClashStatus = clash;
        _site.Emulator.Interject(CreateIn(SharePointRequestStore.Numbers), () => List(SharePointRequestStore.Numbers).Create(new()
        {
            ["Title"] = "2026/01", ["NumberKey"] = "2026/01", ["RequestId"] = "r-other", ["Year"] = "2026",
        }, DateTimeOffset.UtcNow));

        Assert.Equal(new RequestNumber(2026, 2), await _site.Requests().ReserveNumberAsync("r-mine", 2026, default));

        Assert.Equal(new RequestNumber(2026, 1), await _site.Requests().ReserveNumberAsync("r-other", 2026, default));
        Assert.Equal(2, List(SharePointRequestStore.Numbers).Items.Count());
    }

    [Theory]
    [InlineData(409)]
    [InlineData(500)]
    public async Task A_reservation_whose_reply_was_lost_and_resent_keeps_its_number(int clash)
    {
        await _site.Lists.EnsureAsync(default);
        _site.Emulator.UniqueClashStatus = clash;
        _site.Emulator.Fail(1, 503, CreateIn(SharePointRequestStore.Numbers), retryAfter: TimeSpan.Zero, afterApplying: true);

        Assert.Equal(new RequestNumber(2026, 1), await _site.Requests().ReserveNumberAsync("r-1", 2026, default));

        Assert.Single(List(SharePointRequestStore.Numbers).Items);
        Assert.Equal(new RequestNumber(2026, 2), await _site.Requests().ReserveNumberAsync("r-2", 2026, default));
    }

    [Fact]
    public async Task Reservations_at_once_are_gap_free_when_Graph_answers_clashes_with_500()
    {
        await _site.Lists.EnsureAsync(default);
        _site.Emulator.UniqueClashStatus = 500;

        var numbers = await AtOnce(12, i => _site.Requests().ReserveNumberAsync($"r-{i}", 2026, default));

        Assert.Equal(Enumerable.Range(1, 12), numbers.Select(n => n.Sequence).Order());
        Assert.True(Writes(SharePointRequestStore.Numbers).Count() > 12, "the reservations never clashed");
    }

    [Fact]
    public async Task Requests_without_a_number_never_leave_the_unique_number_column_blank()
    {
        await _site.Requests().SaveAsync(ARequest("r-1", Seven), default);
        await _site.Requests().SaveAsync(ARequest("r-2"), default);
        await _site.Requests().SaveAsync(ARequest("r-3"), default);

        // How SharePoint's uniqueness treats several blanks is not documented: two drafts hold two different keys.
        Assert.Equal(["2026/07", "id:r-2", "id:r-3"], List(SharePointRequestStore.Requests).Items.Select(i => (string?)i.Fields["NumberKey"]));
        Assert.Null(await _site.Requests().FindAsync(new RequestNumber(2026, 2), default));
    }
}
