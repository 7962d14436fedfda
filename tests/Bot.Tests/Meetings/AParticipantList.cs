using FocalBot.Bot.Tests.Support;
using FocalBot.Domain.Meetings;
using FocalBot.Domain.Members;

namespace FocalBot.Bot.Tests.Meetings;

/// A thematic session open to external participants, with answers of every kind: France in person and online (two
/// focal points), Germany through a substitute, Portugal's expert online, the office in person without a state, the
/// Netherlands not attending, Sweden not answering; and three external participants, one with Markdown and HTML.
static class AParticipantList
{
    public static readonly DateOnly DrawnUpOn = new(2026, 5, 4);

    public const string ExternalWithMarkup = "**Dr** Ada <b>Lovelace</b> & [Co](https://example.org)";
    public const string TitleWithMarkup = "Senior <i>adviser</i>";

    public static Meeting Meeting() => AMeeting.Convened() with
    {
        Kind = MeetingKind.ThematicSession,
        WithExternals = true,
        Title = BilingualText.Of("Thematic session on return", "Session thématique sur le retour"),
        InviteeIds = ["m-elise", "m-claire", "m-jonas", "m-ana", "m-sophie", "m-piet", "m-lena"],
    };

    public static IReadOnlyList<Member> Everyone() =>
    [
        AMember.Elise() with { Organisation = "Ministère de l'Intérieur", Title = "Cheffe de bureau" },
        AMember.FocalPoint("m-claire", "Claire Dubois", "FR", organisation: "OFII"),
        AMember.Jonas() with { Organisation = "Federal Ministry of the Interior" },
        AMember.Ana(),
        AMember.Sophie(),
        AMember.FocalPoint("m-piet", "Piet de Vries", "NL"),
        AMember.FocalPoint("m-lena", "Lena Berg", "SE"),
    ];

    public const string SubstituteEmail = "karl.richter@bmi.example";

    public static IReadOnlyList<Rsvp> Rsvps() =>
    [
        Answer("m-elise", "FR", RsvpChoice.InPerson),
        Answer("m-claire", "FR", RsvpChoice.Online),
        Answer("m-jonas", "DE", RsvpChoice.Substitute) with { Substitute = new Substitute("Karl Richter", "Deputy head of unit", SubstituteEmail) },
        Answer("m-ana", "PT", RsvpChoice.Online, MemberRole.Expert),
        Answer("m-sophie", null, RsvpChoice.InPerson, MemberRole.Office),
        Answer("m-piet", "NL", RsvpChoice.NotAttending),
    ];

    public static IReadOnlyList<ExternalParticipant> Externals() =>
    [
        External("Zoë Martin", "IOM", null, null, "zoe.martin@iom.example"),
        External(ExternalWithMarkup, "UNHCR", TitleWithMarkup, "Canada", "ada@unhcr.example"),
        External("Bruno Costa", "Federal Police", null, "Brazil", null),
    ];

    public static IReadOnlyList<ParticipantRow> Rows() => ParticipantList.Of(Meeting(), Rsvps(), Everyone(), Externals());

    /// The table as the English files show it: by country, then name; the office without a state; externals last.
    public static readonly string[][] English =
    [
        ["Claire Dubois", "OFII", "", "France", "Online", ""],
        ["Élise Moreau", "Ministère de l'Intérieur", "Cheffe de bureau", "France", "In person", ""],
        ["Karl Richter", "Federal Ministry of the Interior", "Deputy head of unit", "Germany", "Substitute for Jonas Weber", ""],
        ["Ana Costa", "University of Lisbon", "", "Portugal", "Online", ""],
        ["Sophie Laurent", "Office of the SRSG", "", "", "In person", ""],
        ["Bruno Costa", "Federal Police", "", "Brazil", "", "Yes"],
        [ExternalWithMarkup, "UNHCR", TitleWithMarkup, "Canada", "", "Yes"],
        ["Zoë Martin", "IOM", "", "", "", "Yes"],
    ];

    /// The same in French: Allemagne comes first, as French readers look for it.
    public static readonly string[][] French =
    [
        ["Karl Richter", "Federal Ministry of the Interior", "Deputy head of unit", "Allemagne", "En remplacement de Jonas Weber", ""],
        ["Claire Dubois", "OFII", "", "France", "En ligne", ""],
        ["Élise Moreau", "Ministère de l'Intérieur", "Cheffe de bureau", "France", "En présentiel", ""],
        ["Ana Costa", "University of Lisbon", "", "Portugal", "En ligne", ""],
        ["Sophie Laurent", "Office of the SRSG", "", "", "En présentiel", ""],
        ["Bruno Costa", "Federal Police", "", "Brazil", "", "Oui"],
        [ExternalWithMarkup, "UNHCR", TitleWithMarkup, "Canada", "", "Oui"],
        ["Zoë Martin", "IOM", "", "", "", "Oui"],
    ];

    public static readonly string[] EnglishHeader = ["Name", "Organisation", "Title", "Country", "Attendance", "External participant"];
    public static readonly string[] FrenchHeader = ["Nom", "Organisation", "Fonction", "Pays", "Participation", "Participant extérieur"];

    public const string EnglishCount = "Participants: 8 (in person: 2, online: 2, substitutes: 1, external: 3)";
    public const string FrenchCount = "Participants\u00a0: 8 (en présentiel\u00a0: 2, en ligne\u00a0: 2, en remplacement\u00a0: 1, extérieurs\u00a0: 3)";

    /// Addresses the list must never show: the members', the substitute's and the external participants'.
    public static IEnumerable<string> Emails() =>
        Everyone().Select(m => m.Email!).Concat(Externals().Select(e => e.Email).OfType<string>()).Append(SubstituteEmail);

    static Rsvp Answer(string member, StateCode? state, RsvpChoice choice, MemberRole role = MemberRole.FocalPoint) => new()
    {
        MeetingId = Meeting().Id, MemberId = member, Choice = choice, StateCode = state, Role = role,
        AnsweredAt = new DateTimeOffset(2026, 3, 10, 9, 0, 0, TimeSpan.Zero),
    };

    static ExternalParticipant External(string name, string? organisation, string? title, string? country, string? email) => new()
    {
        MeetingId = Meeting().Id, Name = name, Organisation = organisation, Title = title, Country = country, Email = email,
    };
}
