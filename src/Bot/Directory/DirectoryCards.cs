using System.Text.Json.Nodes;
using FocalBot.Bot.Cards;
using FocalBot.Domain.Members;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.MemberDirectory;

/// The values of the edit form as they stand: a member's current details, or what the user typed.
public sealed record DetailsForm(string Name, string? Organisation, string? Title, string? Email, string? Phone, string? LanguageCode)
{
    public static DetailsForm Of(Member m) =>
        new(m.DisplayName, m.Organisation, m.Title, m.Email, m.Phone, m.PreferredLanguage?.Code());
}

public static class DirectoryCards
{
    // Input ids of the cards; the action data merges them with the button's own data.
    public const string QueryInput = "query";
    public const string NameInput = "name";
    public const string OrganisationInput = "organisation";
    public const string TitleInput = "title";
    public const string EmailInput = "email";
    public const string PhoneInput = "phone";
    public const string LanguageInput = "language";

    /// One page of the directory: a search box, the members by group, one line each that opens their contact card.
    public static JsonObject Directory(DirectoryPage page, Language language)
    {
        var body = new List<JsonNode?>
        {
            Card.Title(DirectoryTexts.Title.In(language)),
            page.Total > 0 ? Card.TextBlock(Count(page, language), subtle: true, spacing: "None") : null,
            Card.InputText(QueryInput, DirectoryTexts.SearchLabel.In(language), page.Query, maxLength: 100,
                placeholder: DirectoryTexts.SearchPlaceholder.In(language)),
            Card.ActionSet(
            [
                Card.Execute(DirectoryTexts.SearchButton.In(language), DirectoryRoutes.Search),
                page.Query.Length > 0
                    ? Card.Execute(DirectoryTexts.ShowAll.In(language), DirectoryRoutes.Page, PageData(page: 0, query: ""), withInputs: false)
                    : null,
            ], spacing: "Small"),
        };

        if (page.Total == 0)
            body.Add(Card.TextBlock(DirectoryTexts.NoMatch.Format(language, Card.Plain(page.Query)), weight: "Bolder", color: "Attention"));

        foreach (var group in page.Groups)
        {
            var heading = Card.Subtitle(GroupTitle(group, language));
            heading["separator"] = true;
            body.Add(heading);
            body.AddRange(group.Members.Select(m => Line(m, group, page, language)));
        }

        if (page.PageCount > 1)
        {
            body.Add(Card.TextBlock(DirectoryTexts.PageOf.Format(language, page.Page + 1, page.PageCount), subtle: true));
            body.Add(Card.ActionSet(
            [
                page.HasPrevious ? Card.Execute(DirectoryTexts.Previous.In(language), DirectoryRoutes.Page, PageData(page.Page - 1, page.Query), withInputs: false) : null,
                page.HasNext ? Card.Execute(DirectoryTexts.Next.In(language), DirectoryRoutes.Page, PageData(page.Page + 1, page.Query), withInputs: false) : null,
            ], spacing: "Small"));
        }

        body.Add(Card.TextBlock(DirectoryTexts.Confidential.In(language), subtle: true, size: "Small"));
        return Card.New(body);
    }

    /// A member's contact details, with links that open mail and phone, the thematic groups they are a member of (names
    /// in the reader's language), and an edit button for whoever may edit them.
    public static JsonObject Contact(Member member, bool mayEdit, Language language, Where? back = null, bool saved = false,
        IReadOnlyList<string>? groups = null)
    {
        var facts = new List<(string, string)> { (DirectoryTexts.Role.In(language), RoleName(member, language)) };
        if (member.StateCode is not null)
            facts.Add((DirectoryTexts.State.In(language), MemberStates.NameIn(member.StateCode, language)));
        if (member.Organisation is { Length: > 0 } organisation) facts.Add((DirectoryTexts.Organisation.In(language), Card.Plain(organisation)));
        if (member.Title is { Length: > 0 } title) facts.Add((DirectoryTexts.JobTitle.In(language), Card.Plain(title)));
        if (member.Email is { Length: > 0 } email) facts.Add((DirectoryTexts.Email.In(language), Link(email, $"mailto:{email}")));
        if (member.Phone is { Length: > 0 } phone) facts.Add((DirectoryTexts.Phone.In(language), Link(phone, TelUri(phone))));
        facts.Add((DirectoryTexts.PreferredLanguage.In(language), LanguageName(member.PreferredLanguage, language)));
        if (groups is { Count: > 0 }) facts.Add((DirectoryTexts.ThematicGroups.In(language), string.Join(" · ", groups.Select(g => Card.Plain(g)))));

        back ??= new Where(0, "");
        return Card.New(
        [
            saved ? Card.TextBlock(DirectoryTexts.Saved.In(language), weight: "Bolder", color: "Good") : null,
            Card.LiteralTitle(member.DisplayName),
            Card.Facts(facts),
        ],
        [
            mayEdit ? Card.Execute(DirectoryTexts.Edit.In(language), DirectoryRoutes.Edit, new JsonObject { ["memberId"] = member.Id }) : null,
            Card.Execute(DirectoryTexts.Back.In(language), DirectoryRoutes.Page, PageData(back.Page, back.Query)),
        ]);
    }

    /// The edit form for a member as stored: `version` is the one the form was first opened on and travels in the Save
    /// button's data, so a save over a newer change is refused. Each problem stands in red under its field; `note` says
    /// why the form came back (nothing saved, changed meanwhile).
    public static JsonObject EditForm(Member member, string? version, DetailsForm values, IReadOnlyCollection<DetailProblem> problems,
        Text? note, Language language)
    {
        var memberId = member.Id;
        var placed = string.Join(" · ", new[] { RoleName(member, language), MemberStates.NameIn(member.StateCode, language) }.Where(s => s.Length > 0));
        var body = new List<JsonNode?>
        {
            Card.Title(DirectoryTexts.EditTitle.In(language)),
            Card.Literal(member.DisplayName, weight: "Bolder", spacing: "None"),
            Card.TextBlock(placed, subtle: true, spacing: "None"),
            Card.TextBlock(DirectoryTexts.KeptByOffice.In(language), subtle: true, size: "Small", spacing: "None"),
            note is null ? null : Card.TextBlock(note.In(language), weight: "Bolder", color: "Attention"),
            Card.InputText(NameInput, DirectoryTexts.Name.In(language), values.Name, maxLength: MemberDetails.MaxName,
                required: true, error: DirectoryTexts.NameRequired.In(language)),
            ProblemText(problems, language, DetailProblem.NameMissing, DetailProblem.NameTooLong),
            Card.InputText(OrganisationInput, DirectoryTexts.Organisation.In(language), values.Organisation, maxLength: MemberDetails.MaxOrganisation),
            ProblemText(problems, language, DetailProblem.OrganisationTooLong),
            Card.InputText(TitleInput, DirectoryTexts.JobTitle.In(language), values.Title, maxLength: MemberDetails.MaxTitle),
            ProblemText(problems, language, DetailProblem.TitleTooLong),
            Card.InputText(EmailInput, DirectoryTexts.Email.In(language), values.Email, maxLength: 254, style: "Email"),
            ProblemText(problems, language, DetailProblem.EmailInvalid),
            Card.InputText(PhoneInput, DirectoryTexts.Phone.In(language), values.Phone, maxLength: 40, style: "Tel"),
            ProblemText(problems, language, DetailProblem.PhoneInvalid),
            Card.ChoiceSet(LanguageInput, DirectoryTexts.LanguageChoice.In(language),
            [
                (DirectoryTexts.EnglishChoice.In(language), Language.En.Code()),
                (DirectoryTexts.FrenchChoice.In(language), Language.Fr.Code()),
            ], values.LanguageCode, placeholder: DirectoryTexts.NoPreference.In(language)),
        };
        var data = new JsonObject { ["memberId"] = memberId };
        if (version is not null) data["version"] = version;
        return Card.New(body,
        [
            Card.Execute(DirectoryTexts.Save.In(language), DirectoryRoutes.Save, data, style: "positive"),
            Card.Execute(DirectoryTexts.Cancel.In(language), DirectoryRoutes.Contact, new JsonObject { ["memberId"] = memberId }, withInputs: false),
        ]);
    }

    /// Which page of which search a button leads back to.
    public sealed record Where(int Page, string Query);

    static JsonObject PageData(int page, string query) => new() { ["page"] = page, ["filter"] = query };

    static JsonObject Line(Member member, DirectoryGroup group, DirectoryPage page, Language language)
    {
        // TextBlocks of cleaned text rather than TextRuns: a page of twenty lines must stay within Teams' size budget.
        var details = new List<string?> { Card.Plain(member.Organisation) };
        if (member.Role == MemberRole.FocalPoint) details.Add(member.IsLead ? DirectoryTexts.Lead.In(language) : DirectoryTexts.Alternate.In(language));
        if (group.Kind == GroupKind.Experts && member.StateCode is not null) details.Add(MemberStates.NameIn(member.StateCode, language));
        var second = string.Join(" · ", details.Where(d => !string.IsNullOrWhiteSpace(d)));

        var open = Card.Execute(DirectoryTexts.OpenContact.In(language), DirectoryRoutes.Contact,
            new JsonObject { ["memberId"] = member.Id, ["page"] = page.Page, ["filter"] = page.Query }, withInputs: false);
        return Card.Container(
        [
            Card.TextBlock(Card.Plain(member.DisplayName), weight: "Bolder", color: "Accent"),
            second.Length > 0 ? Card.TextBlock(second, subtle: true, spacing: "None") : null,
        ], selectAction: open, spacing: "Small");
    }

    static JsonObject? ProblemText(IReadOnlyCollection<DetailProblem> problems, Language language, params DetailProblem[] field)
    {
        var text = problems.Where(field.Contains).Select(p => DirectoryTexts.Problem(p, language)).FirstOrDefault(t => t is not null);
        return text is null ? null : Card.TextBlock(text, color: "Attention", spacing: "None", size: "Small");
    }

    static string Count(DirectoryPage page, Language language) => (page.Query.Length > 0, page.Total) switch
    {
        (false, 1) => DirectoryTexts.CountOne.In(language),
        (false, var n) => DirectoryTexts.Count.Format(language, n),
        (true, 1) => DirectoryTexts.CountMatchingOne.Format(language, Card.Plain(page.Query)),
        (true, var n) => DirectoryTexts.CountMatching.Format(language, n, Card.Plain(page.Query)),
    };

    static string GroupTitle(DirectoryGroup group, Language language) => group.Kind switch
    {
        GroupKind.Office => DirectoryTexts.OfficeGroup.In(language),
        GroupKind.Experts => DirectoryTexts.ExpertsGroup.In(language),
        GroupKind.NoState => DirectoryTexts.NoStateGroup.In(language),
        _ => MemberStates.NameIn(group.StateCode, language),
    };

    public static string RoleName(Member member, Language language) => member.Role switch
    {
        MemberRole.Office => DirectoryTexts.RoleOffice.In(language),
        MemberRole.Expert => DirectoryTexts.RoleExpert.In(language),
        _ => member.IsLead ? DirectoryTexts.RoleLead.In(language) : DirectoryTexts.RoleAlternate.In(language),
    };

    static string LanguageName(Language? preferred, Language language) => preferred switch
    {
        Language.En => DirectoryTexts.English.In(language),
        Language.Fr => DirectoryTexts.French.In(language),
        _ => DirectoryTexts.NoPreference.In(language),
    };

    /// An address as a link only when it is made of address characters: anything else could close the link or open another.
    static string Link(string address, string uri) => Card.PlainAddress(address) == address ? $"[{address}]({uri})" : Card.Plain(address);

    /// RFC 3966: a global number is "+" and digits; the separators people write are dropped.
    static string TelUri(string phone) => "tel:" + new string(phone.Where(c => char.IsDigit(c) || c == '+').ToArray());
}
