using System.Text.Json.Nodes;
using FocalBot.Bot.Cards;
using FocalBot.Domain.Meetings;
using FocalBot.Domain.Members;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Meetings;

/// Attendance, for the office only: the list to tick (a page at a time, each page's ticks saved with it), the walk-in
/// form, and the counts on the status card. Names are shown cleaned of Markdown (Card.Plain); a participant's gender
/// appears only as an input on the office's own list, never on a card anyone else reads.
public static partial class MeetingCards
{
    public const int AttendancePageSize = 20;
    public const string AttendanceVersionKey = "listVersion";
    public const string AttendancePageKey = "page";
    /// What the save button does next: stay, show the next or previous page, or open the walk-in form.
    public const string AttendanceThenKey = "then";
    public const string WalkInIdKey = "walkIn";
    public const string WalkInMemberKey = "walkInMember";
    public const string WalkInNameKey = "walkInName";
    public const string WalkInTitleKey = "walkInTitle";
    public const string WalkInOrganisationKey = "walkInOrganisation";
    public const string WalkInKindKey = "walkInKind";
    public const string WalkInStateKey = "walkInState";
    public const string WalkInCountryKey = "walkInCountry";
    public const string WalkInGenderKey = "walkInGender";
    public const string WalkInConsentKey = "walkInConsent";

    public static string PresentKey(string attendeeId) => $"p|{attendeeId}";
    public static string GenderKey(string attendeeId) => $"g|{attendeeId}";
    public static string ConsentKey(string attendeeId) => $"c|{attendeeId}";

    /// One page of the list, each person with their present tick, and their gender and consent (optional). `names`
    /// names the members substitutes stand in for.
    public static JsonObject Attendance(Meeting meeting, Attendance list, IReadOnlyDictionary<string, string> names, int page, string? notice,
        IReadOnlyList<string> problems, Language language)
    {
        var pages = Math.Max(1, (list.People.Count + AttendancePageSize - 1) / AttendancePageSize);
        page = Math.Clamp(page, 0, pages - 1);
        var shown = list.People.Skip(page * AttendancePageSize).Take(AttendancePageSize).ToList();
        List<JsonNode?> body =
        [
            Card.Title(AttendanceTexts.Title.In(language)),
            Card.Literal(meeting.Title.In(language), weight: "Bolder"),
            Card.TextBlock(Dates(meeting, language), subtle: true, spacing: "None"),
            notice is null ? null : Card.TextBlock(notice, color: "Good", weight: "Bolder"),
            Card.Problems(MeetingTexts.FixProblems.In(language), problems),
            Card.TextBlock(AttendanceTexts.Intro.In(language), subtle: true),
            list.Version is null ? Card.TextBlock(AttendanceTexts.NotSavedYet.In(language), color: "Warning") : null,
            .. list.Version is null ? [] : AttendanceFacts(AttendanceFigures.Of(list), language),
            pages > 1 ? Card.TextBlock(AttendanceTexts.Page.Format(language, page * AttendancePageSize + 1, page * AttendancePageSize + shown.Count, list.People.Count), weight: "Bolder", spacing: "Medium") : null,
        ];
        body.AddRange(shown.Select(p => Card.Container(
        [
            Card.Toggle(PresentKey(p.Id), Label(p, names, language), p.Present),
            Card.ChoiceSet(GenderKey(p.Id), AttendanceTexts.GenderLabel.In(language), Genders(language), p.Gender?.ToString(), placeholder: AttendanceTexts.GenderNotRecorded.In(language)),
            Card.Toggle(ConsentKey(p.Id), AttendanceTexts.Consent.In(language), p.GenderConsent),
        ], separator: true)));

        var data = new JsonObject { [MeetingForm.IdKey] = meeting.Id, [AttendancePageKey] = Number(page) };
        if (list.Version is not null) data[AttendanceVersionKey] = list.Version;
        var actions = new List<JsonNode?> { Card.Execute(AttendanceTexts.Save.In(language), MeetingRoutes.AttendanceSave, data, style: "positive") };
        if (page < pages - 1) actions.Add(Card.Execute(AttendanceTexts.SaveAndNext.In(language), MeetingRoutes.AttendanceSave, WithValues(data, (AttendanceThenKey, "next"))));
        if (page > 0) actions.Add(Card.Execute(AttendanceTexts.SaveAndPrevious.In(language), MeetingRoutes.AttendanceSave, WithValues(data, (AttendanceThenKey, "previous"))));
        actions.Add(Card.Execute(AttendanceTexts.WalkInButton.In(language), MeetingRoutes.AttendanceSave, WithValues(data, (AttendanceThenKey, "walkin"))));
        actions.Add(Card.Execute(AttendanceTexts.BackButton.In(language), MeetingRoutes.Status, new JsonObject { [MeetingForm.IdKey] = meeting.Id }, withInputs: false));
        return Card.New(body, actions);
    }

    /// The form for someone on the day: a member not on the list, or an outside person's details. `walkInId` makes a
    /// second press of the same form add nobody twice.
    public static JsonObject WalkInForm(Meeting meeting, string walkInId, WalkIn? typed, IReadOnlyList<Member> notListed, IReadOnlyList<string> problems, Language language)
    {
        var byName = StringComparer.Create(Text.Culture(language), true);
        var member = Card.ChoiceSet(WalkInMemberKey, AttendanceTexts.MemberLabel.In(language),
            notListed.OrderBy(m => m.DisplayName, byName).Select(m => (Label(m, language), m.Id)), typed?.MemberId, placeholder: AttendanceTexts.NoMember.In(language));
        var state = Card.ChoiceSet(WalkInStateKey, AttendanceTexts.StateLabel.In(language),
            MemberStates.All.Select(s => (MemberStates.NameIn(s.Code, language), s.Code.Value)).OrderBy(s => s.Item1, byName), typed?.StateCode?.Value,
            placeholder: AttendanceTexts.NoState.In(language));
        return Card.New(
        [
            Card.Title(AttendanceTexts.WalkInTitle.In(language)),
            Card.Literal(meeting.Title.In(language), weight: "Bolder"),
            Card.TextBlock(AttendanceTexts.WalkInBody.In(language), subtle: true),
            Card.Problems(MeetingTexts.FixProblems.In(language), problems),
            member,
            Card.InputText(WalkInNameKey, AttendanceTexts.NameLabel.In(language), typed?.Name, maxLength: MemberDetails.MaxName),
            Card.InputText(WalkInTitleKey, AttendanceTexts.JobTitleLabel.In(language), typed?.Title, maxLength: MemberDetails.MaxTitle),
            Card.InputText(WalkInOrganisationKey, AttendanceTexts.OrganisationLabel.In(language), typed?.Organisation, maxLength: MemberDetails.MaxOrganisation),
            Card.ChoiceSet(WalkInKindKey, AttendanceTexts.KindLabel.In(language),
                Enum.GetValues<OrganisationKind>().Select(k => (AttendanceTexts.Kind(k).In(language), k.ToString())), typed?.OrganisationKind?.ToString(),
                placeholder: AttendanceTexts.KindLabel.In(language)),
            state,
            Card.InputText(WalkInCountryKey, AttendanceTexts.CountryLabel.In(language), typed?.Country, maxLength: PersonDetails.MaxCountry),
            Card.ChoiceSet(WalkInGenderKey, AttendanceTexts.GenderLabel.In(language), Genders(language), typed?.Gender?.ToString(),
                placeholder: AttendanceTexts.GenderNotRecorded.In(language)),
            Card.Toggle(WalkInConsentKey, AttendanceTexts.Consent.In(language), typed?.Consent ?? false),
        ],
        [
            Card.Execute(AttendanceTexts.Add.In(language), MeetingRoutes.WalkInAdd, new JsonObject { [MeetingForm.IdKey] = meeting.Id, [WalkInIdKey] = walkInId }, style: "positive"),
            Card.Execute(AttendanceTexts.Title.In(language), MeetingRoutes.Attendance, new JsonObject { [MeetingForm.IdKey] = meeting.Id }, withInputs: false),
        ]);
    }

    /// The counts of a recorded attendance, for the office: never who, only how many.
    static IEnumerable<JsonNode?> AttendanceFacts(AttendanceFigures f, Language language, Text? heading = null)
    {
        yield return Card.TextBlock((heading ?? AttendanceTexts.FiguresHeading).In(language), weight: "Bolder", spacing: "Medium");
        yield return Card.Facts(
        [
            (AttendanceTexts.PresentFact.In(language), Number(f.Present)),
            (AttendanceTexts.GenderFact.In(language), AttendanceTexts.Genders(f, language)),
            (AttendanceTexts.StatesFact.In(language), Number(f.States)),
            (AttendanceTexts.OrganisationsFact.In(language), AttendanceTexts.ByOrganisation(f, language)),
        ]);
        yield return Card.TextBlock(AttendanceTexts.Sentence(f, language), spacing: "Small");
        if (f.ByState.Count > 0) yield return Card.TextBlock(AttendanceTexts.ByStateLine.Format(language, AttendanceTexts.ByState(f, language)), subtle: true, spacing: "Small");
    }

    static IEnumerable<(string Title, string Value)> Genders(Language language) =>
    [
        (AttendanceTexts.Woman.In(language), nameof(Gender.Woman)),
        (AttendanceTexts.Man.In(language), nameof(Gender.Man)),
        (AttendanceTexts.OtherGender.In(language), nameof(Gender.Other)),
    ];

    /// "Élise Moreau — France · answered: in person", "Lena Schmidt — Germany · substitute for Jonas Weber"; what
    /// people typed (names, organisations) cleaned of Markdown, as a toggle's title may read it.
    static string Label(Attendee p, IReadOnlyDictionary<string, string> names, Language language)
    {
        var where = MemberStates.Find(p.StateCode) is { } state ? MemberStates.NameIn(state.Code, language)
            : string.Join(", ", new[] { p.Organisation, p.Country }.Where(x => !string.IsNullOrWhiteSpace(x)).Select(x => Plain(x!)));
        var how = p.Kind switch
        {
            AttendeeKind.Substitute => AttendanceTexts.AnnouncedSubstitute.Format(language, p.MemberId is { } id && names.TryGetValue(id, out var n) ? Plain(n) : "?"),
            AttendeeKind.External => AttendanceTexts.ExternalParticipant.In(language),
            AttendeeKind.WalkIn => AttendanceTexts.WalkInMark.In(language),
            _ => (p.Announced == RsvpChoice.Online ? AttendanceTexts.AnnouncedOnline : AttendanceTexts.AnnouncedInPerson).In(language),
        };
        return string.Join(" · ", new[] { where.Length > 0 ? $"{Plain(p.Name)} — {where}" : Plain(p.Name), how });
    }
}
