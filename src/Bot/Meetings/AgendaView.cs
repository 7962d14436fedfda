using System.Text.Json.Nodes;
using FocalBot.Bot.Cards;
using FocalBot.Domain.Meetings;
using FocalBot.Domain.Members;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Meetings;

/// A member's own link to a stored file of the agenda (AgendaFileLinks), or null where they get none.
public delegate string? FileLink(AgendaDocument document);

/// An agenda item as every card shows it: its number and title, then (when the office gave them) its time, chair and
/// speakers on one subtle line, and its documents, each opening its link: the office's address, or for a file sent to
/// the bot the reader's own link (FileLink). What the office typed (titles, names) is literal; the one place it is
/// Markdown is nowhere here.
public static class AgendaView
{
    /// "09:30–10:00", "09 h 30–10 h 00"; on a meeting of several days the day first: "Tuesday 16 March, 09:30–10:00".
    public static string Time(Meeting meeting, AgendaTime time, Language language)
    {
        var hours = Hours(time, language);
        return AgendaDetails.Days(meeting) > 1 ? $"{Text.Date(time.DateIn(meeting), "dddd d MMMM", language)}, {hours}" : hours;
    }

    /// The hours alone, "09:30–10:00", "09 h 30–10 h 00", where the day is said elsewhere.
    public static string Hours(AgendaTime time, Language language)
    {
        var format = language == Language.Fr ? "HH'\u00a0h\u00a0'mm" : "HH:mm";
        return $"{time.Starts.ToString(format, Text.Culture(language))}–{time.Ends.ToString(format, Text.Culture(language))}";
    }

    /// A chair or speaker: the name, and a member's state in the reader's language.
    public static string Person(AgendaPerson person, Language language) =>
        MemberStates.Find(person.StateCode) is { } state ? $"{person.Name} ({(language == Language.Fr ? state.NameFr : state.NameEn)})" : person.Name;

    /// The time, chair and speakers on one line, or null for an item without them.
    public static string? Details(Meeting meeting, AgendaItem item, Language language)
    {
        var parts = new List<string>();
        if (item.Time is { } time) parts.Add(Time(meeting, time, language));
        parts.AddRange(People(item, language));
        return parts.Count == 0 ? null : string.Join(" · ", parts);
    }

    static IEnumerable<string> People(AgendaItem item, Language language)
    {
        if (item.Chair is { } chair) yield return AgendaTexts.Labelled.Format(language, AgendaTexts.Chair.In(language), Person(chair, language));
        if (item.Speakers.Count > 0)
            yield return AgendaTexts.Labelled.Format(language, AgendaTexts.Speakers.In(language), string.Join(", ", item.Speakers.Select(s => Person(s, language))));
    }

    /// The same line for the whole network: labels, times and states in English and French, names once.
    public static string? BilingualDetails(Meeting meeting, AgendaItem item)
    {
        string Person(AgendaPerson p) => MemberStates.Find(p.StateCode) is { } s ? $"{p.Name} ({Bilingual.Join(s.NameEn, s.NameFr)})" : p.Name;
        var parts = new List<string>();
        if (item.Time is { } time) parts.Add(Bilingual.Join(Time(meeting, time, Language.En), Time(meeting, time, Language.Fr)));
        if (item.Chair is { } chair) parts.Add($"{Bilingual.Label(AgendaTexts.Chair)}\u00a0: {Person(chair)}");
        if (item.Speakers.Count > 0) parts.Add($"{Bilingual.Label(AgendaTexts.Speakers)}\u00a0: {string.Join(", ", item.Speakers.Select(Person))}");
        return parts.Count == 0 ? null : string.Join(" · ", parts);
    }

    /// What the office's agenda form shows under a line: time, people and how many documents, or null. Without a
    /// meeting (days not readable yet) a time shows without its day.
    public static string? Summary(Meeting? meeting, AgendaItem item, Language language)
    {
        var parts = new List<string>();
        if (item.Time is { } t) parts.Add(meeting is null ? Hours(t, language) : Time(meeting, t, language));
        parts.AddRange(People(item, language));
        if (item.Documents.Count > 0) parts.Add(AgendaTexts.DocumentCount.Format(language, item.Documents.Count));
        return parts.Count == 0 ? null : string.Join(" · ", parts);
    }

    /// An item in a member's card: number and title, the details line, one line per document opening its link; a
    /// stored file opens the member's own link (`files`), and without one shows its title alone.
    public static IEnumerable<JsonNode> Item(Meeting meeting, AgendaItem item, int number, Language language, FileLink? files = null)
    {
        yield return Card.LabelledLiteral($"{number}. ", item.Title.In(language));
        if (Details(meeting, item, language) is { } details) yield return Card.Literal(details, subtle: true, spacing: "None");
        foreach (var link in Documents(item, AgendaTexts.Labelled.Format(language, AgendaTexts.Documents.In(language), ""), AgendaTexts.OpenDocument.In(language),
                     d => files?.Invoke(d), AgendaTexts.FileSentToInvitees.In(language)))
            yield return link;
    }

    /// An item in a channel post: the title in both languages side by side, the bilingual details line, the documents.
    public static IEnumerable<JsonNode> BilingualItem(Meeting meeting, AgendaItem item, int number)
    {
        yield return Bilingual.SideBySide(item.Title.En, item.Title.Fr, label: $"{number}. ");
        if (BilingualDetails(meeting, item) is { } details) yield return Card.Literal(details, subtle: true, spacing: "None");
        // Written once for the whole channel: a stored file's link would be one member's, so none is given.
        foreach (var link in Documents(item, Bilingual.Label(AgendaTexts.Documents) + "\u00a0: ", Bilingual.Label(AgendaTexts.OpenDocument), _ => null,
                     Bilingual.Label(AgendaTexts.FileSentToInvitees)))
            yield return link;
    }

    /// What one change of a revision says, in the reader's language.
    public static string Change(AgendaChange c, Language language) => c.Kind switch
    {
        AgendaChangeKind.Added => MeetingTexts.ChangeAdded.Format(language, c.NewNumber),
        AgendaChangeKind.Removed => MeetingTexts.ChangeRemoved.Format(language, c.OldNumber),
        AgendaChangeKind.Reworded => MeetingTexts.ChangeReworded.Format(language, c.NewNumber),
        AgendaChangeKind.Moved => MeetingTexts.ChangeMoved.Format(language, c.OldNumber, c.NewNumber),
        AgendaChangeKind.Retimed => AgendaTexts.ChangeRetimed.Format(language, c.NewNumber),
        AgendaChangeKind.ChairChanged => AgendaTexts.ChangeChair.Format(language, c.NewNumber),
        AgendaChangeKind.SpeakersChanged => AgendaTexts.ChangeSpeakers.Format(language, c.NewNumber),
        _ => AgendaTexts.ChangeDocuments.Format(language, c.NewNumber),
    };

    // Each document a line of its own, the whole line opening the link: the office gave it, and the agenda's rules
    // took only a whole https address (AgendaDetails); a stored file's is the reader's own (`fileLink`), and a file
    // without one is its title and `unlinked`, plain. The title, typed by the office, is literal.
    static IEnumerable<JsonNode> Documents(AgendaItem item, string label, string open, Func<AgendaDocument, string?> fileLink, string unlinked) =>
        item.Documents.Select((d, i) =>
        {
            var url = d.File is null ? d.Url : fileLink(d);
            var title = url is null ? $"{d.Title} {unlinked}" : d.Title;
            var line = i == 0 ? Card.LabelledLiteral(label, title, spacing: "None") : Card.Literal(title, spacing: "None");
            if (url is null) return (JsonNode)line;
            line["inlines"]!.AsArray()[^1]!["color"] = "Accent";   // the colour of a link, as the whole line is one
            return Card.Container([line], selectAction: Card.OpenUrl(open, url), spacing: "None");
        });
}
