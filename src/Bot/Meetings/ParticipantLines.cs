using System.Globalization;
using FocalBot.Bot.Exports;
using FocalBot.Domain.Meetings;
using FocalBot.Domain.Members;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Meetings;

/// One line of the list as both files show it, in the file's language; External marks a guest of a thematic session.
sealed record ParticipantLine(string Name, string Organisation, string Title, string Country, string Attendance, bool External);

/// The lines of the list of participants, the same in the Word and the Excel file: cleaned of characters XML cannot
/// hold, in the reader's order.
static class ParticipantLines
{
    public static IReadOnlyList<string> Cells(ParticipantLine line, Language l) =>
        [line.Name, line.Organisation, line.Title, line.Country, line.Attendance, line.External ? ParticipantTexts.External.In(l) : ""];

    /// A line of the participants annex: name, organisation, title, country.
    public static IReadOnlyList<string> AnnexCells(ParticipantLine line) => [line.Name, line.Organisation, line.Title, line.Country];

    /// The lines by country as the reader reads it (so "Allemagne" comes first in French and "Germany" after "France"
    /// in English), then by name; members without a state after those with one, and external participants last.
    /// everyone names the member a substitute stands in for.
    public static IReadOnlyList<ParticipantLine> Of(IReadOnlyList<ParticipantRow> rows, IEnumerable<Member> everyone, Language l)
    {
        var names = everyone.GroupBy(m => m.Id).ToDictionary(g => g.Key, g => g.First().DisplayName);
        var order = StringComparer.Create(Text.Culture(l), CompareOptions.IgnoreCase);
        return rows
            .Select(r => new ParticipantLine(
                Clean(r.Name), Clean(r.Organisation), Clean(r.Title), Country(r, l), Attendance(r, names, l), r.Kind == ParticipantKind.External))
            .OrderBy(x => x.External)
            .ThenBy(x => x.Country.Length == 0)
            .ThenBy(x => x.Country, order)
            .ThenBy(x => x.Name, order)
            .ToList();
    }

    // A member's state; an outside person's state when they represent one (a walk-in), else the country they gave.
    static string Country(ParticipantRow r, Language l) => r.Kind == ParticipantKind.External && r.StateCode is null
        ? Clean(r.Country)
        : MemberStates.Find(r.StateCode) is { } state ? (l == Language.Fr ? state.NameFr : state.NameEn) : Clean(r.StateCode?.Value);

    static string Attendance(ParticipantRow r, Dictionary<string, string> names, Language l) => r switch
    {
        { Kind: ParticipantKind.Substitute } => r.MemberId is { } id && names.TryGetValue(id, out var member)
            ? ParticipantTexts.SubstituteFor.Format(l, Clean(member))
            : ParticipantTexts.Substitute.In(l),
        { Attendance: RsvpChoice.InPerson } => ParticipantTexts.InPerson.In(l),
        { Attendance: RsvpChoice.Online } => ParticipantTexts.Online.In(l),
        // The office enters external participants without saying how they attend.
        _ => "",
    };

    static string Clean(string? text) => ExportText.XmlSafe(text?.Trim() ?? "");
}
