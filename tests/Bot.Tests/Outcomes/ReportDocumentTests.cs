using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using FocalBot.Bot.Exports;
using FocalBot.Bot.Meetings;
using FocalBot.Bot.Outcomes;
using FocalBot.Bot.Tests.Cards;
using FocalBot.Bot.Tests.Meetings;
using FocalBot.Domain.Groups;
using FocalBot.Domain.Meetings;
using FocalBot.Domain.Outcomes;
using FocalBot.Domain.Shared;
using static FocalBot.Bot.Tests.Exports.OpenXmlFiles;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace FocalBot.Bot.Tests.Outcomes;

/// The issued summary report as Word, in the OSCE/ODIHR layout: cover, disclaimer, Chatham House line, counts,
/// background, summaries in agenda order, numbered recommendations with addressees, and the agenda, participants and
/// documents annexes. The sample plenary of 15–16 March 2027 (MeetingSamples) with the attendance of the participants
/// annex (ParticipantAnnexTests).
public sealed class ReportDocumentTests
{
    static readonly Meeting Plenary = MeetingSamples.Plenary;

    static readonly ThematicGroup AgeGroup = new()
    {
        Id = "g1", NameEn = "Age assessment", NameFr = "Évaluation de l’âge", Purpose = "P", Language = Language.En,
        Status = GroupStatus.Active, CreatedBy = "m-sophie", CreatedOn = new DateOnly(2026, 1, 5),
    };

    // Summaries stored out of agenda order, one for an item no longer on the agenda, one empty; typed Markdown and HTML.
    static readonly SummaryReport Issued = new()
    {
        MeetingId = Plenary.Id, Status = ReportStatus.Issued, IssuedOn = new DateOnly(2027, 4, 2), IssuedBy = "m-sophie",
        CreatedBy = "m-sophie", CreatedOn = new DateOnly(2027, 3, 17),
        Background = BilingualText.Of("The network meets **twice** a year.\nThis meeting: <b>returns</b>.", "Le réseau se réunit **deux fois** par an."),
        Summaries =
        [
            new("a2", BilingualText.Of("Participants compared return procedures.", "Les participants ont comparé les procédures de retour.")),
            new("a1", BilingualText.Of("The SRSG opened the meeting.", "")),
            new("s-1", BilingualText.Of("", "")),
            new("gone", BilingualText.Of("A point raised under an item since removed.", "Un point soulevé sous un point depuis retiré.")),
        ],
        Recommendations =
        [
            new("rec-2", 2, BilingualText.Of("Share practice on age assessment.", "Partager les pratiques d’évaluation de l’âge."), Addressee.Group("g1")),
            new("rec-1", 1, BilingualText.Of("Appoint a guardian within 72 hours.", "Désigner un tuteur sous 72 heures."), Addressee.MemberStates),
        ],
    };

    static ExportFile Write(Language language, SummaryReport? report = null, Meeting? meeting = null, bool withAttendance = true)
    {
        var attendance = ParticipantAnnexTests.Recorded();
        return ReportDocument.Write(report ?? Issued, meeting ?? Plenary, withAttendance ? ParticipantList.Attended(attendance) : [],
            withAttendance ? AttendanceFigures.Of(attendance) : null, OwnerBook.Of(AParticipantList.Everyone(), [AgeGroup]), language);
    }

    static List<List<string[]>> Tables(byte[] docx)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        return [.. document.MainDocumentPart!.Document!.Body!.Elements<W.Table>().Select(t => t.Elements<W.TableRow>()
            .Select(r => r.Elements<W.TableCell>().Select(c => string.Join("\n", c.Elements<W.Paragraph>().Select(p => p.InnerText))).ToArray()).ToList())];
    }

    static IReadOnlyList<string> Validate(byte[] docx)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        return [.. new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}")];
    }

    [Fact]
    public void The_English_report_has_the_cover_the_notes_the_texts_and_the_annexes_in_order()
    {
        var file = Write(Language.En);

        Assert.Equal("Summary report 2027-03-15 (EN).docx", file.Name);
        Assert.Equal(DocumentWriter.ContentType, file.ContentType);
        Assert.Equal(
        [
            new("Network", "Council of Europe Network of Focal Points on Migration", false),
            new("Title", "Summary report", false),
            new("Subtitle", "10th plenary meeting of the Network", false),
            new(null, "15 March – 16 March 2027, 09:30–17:00 (Europe/Paris)", false),
            new(null, "Place: Palais de l’Europe, Room 9, Strasbourg", false),
            new(null, "Issued on 2 April 2027", true),
            new(null, "CONFIDENTIAL", false),
            new(null, "\n", false),
            new(null, "This report reflects the opinions of the meeting's participants. It does not represent the official position of the member states or of the Council of Europe.", true),
            new(null, "The meeting was conducted under the Chatham House Rule.", false),
            new(null, "6 participants (gender recorded for 3: 2 women and 1 man) from 4 member states.", false),
            new("Heading1", "Background and aims", false),
            new(null, "The network meets **twice** a year.\nThis meeting: <b>returns</b>.", false),
            new("Heading1", "Meeting summary", false),
            new("Heading2", "Item 1. Opening", false),
            new(null, "The SRSG opened the meeting.", false),
            new("Heading2", "Item 3. Return policies", false),
            new(null, "Participants compared return procedures.", false),
            new(null, "A point raised under an item since removed.", false),
            new("Heading1", "Recommendations", false),
            new("Heading2", "Recommendation 1", false),
            new(null, "Appoint a guardian within 72 hours.", false),
            new(null, "Addressed to: The member states", true),
            new("Heading2", "Recommendation 2", false),
            new(null, "Share practice on age assessment.", false),
            new(null, "Addressed to: Thematic group “Age assessment”", true),
            new(null, "\n", false),
            new("Heading1", "Annex 1: Agenda", false),
            new("Heading1", "Annex 2: List of participants", false),
            new(null, "6 participants (gender recorded for 3: 2 women and 1 man) from 4 member states.", false),
            new(null, "By kind of organisation: national authorities 3, academia and research 1, not stated 2.", false),
            new(null, "By member state: France 1, Germany 1, Netherlands 1, Portugal 1.", false),
            new("Heading1", "Annex 3: Documents", false),
        ], Paragraphs(file.Content));
        Assert.Empty(Validate(file.Content));
    }

    [Fact]
    public void The_annexes_hold_the_timed_agenda_the_participants_and_the_documents()
    {
        var tables = Tables(Write(Language.En).Content);

        Assert.Equal(3, tables.Count);
        Assert.Equal(["Time", "Topic", "Speaker(s)"], tables[0][0]);
        Assert.Equal(["10:15–12:30", "2. Mineurs non accompagnés\nChair: Élise Moreau (France)\nAge assessment: **practice** note (https://coe.example/docs/age-assessment.pdf)",
            "Jonas Weber (Germany)\nDr Lena **Berg**, UNHCR"], tables[0][3]);
        Assert.Equal(["Name", "Organisation", "Title", "Country"], tables[1][0]);
        Assert.Equal(["Karl Richter", "Federal Ministry of the Interior", "Deputy head of unit", "Germany"], tables[1][2]);
        Assert.Equal(7, tables[1].Count);
        Assert.Equal(
        [
            ["Item", "Document", "Address or file"],
            ["2", "Age assessment: **practice** note", "https://coe.example/docs/age-assessment.pdf"],
            ["3", "Draft recommendations", "https://coe.example/docs/returns.docx"],
            ["3", "Questionnaire 2026/07", "https://coe.example/docs/2026-07.xlsx"],
            ["3", "Return statistics 2026", "Return statistics 2026.xlsx (file sent with the agenda)"],
        ], tables[2]);
    }

    [Fact]
    public void The_French_report_is_worded_in_French_with_French_typography()
    {
        var file = Write(Language.Fr);
        var paragraphs = Paragraphs(file.Content).Select(p => p.Text).ToList();
        var tables = Tables(file.Content);

        Assert.Equal("Rapport de synthèse 2027-03-15 (FR).docx", file.Name);
        Assert.Equal(
        [
            "Réseau des points de contact sur les migrations du Conseil de l’Europe", "Rapport de synthèse", "10e réunion plénière du Réseau",
            "15 mars – 16 mars 2027, 09\u00a0h\u00a030–17\u00a0h\u00a000 (Europe/Paris)", "Lieu\u00a0: Palais de l’Europe, Room 9, Strasbourg", "Publié le 2 avril 2027", "CONFIDENTIEL",
        ], paragraphs.Take(7));
        Assert.Contains("Le présent rapport reflète les opinions des participants à la réunion. Il ne représente pas la position officielle des États membres ni celle du Conseil de l’Europe.", paragraphs);
        Assert.Contains("La réunion s’est tenue selon la règle de Chatham House.", paragraphs);
        Assert.Contains("Le réseau se réunit **deux fois** par an.", paragraphs);
        // An item written in English only reads in English rather than not at all.
        Assert.Contains("The SRSG opened the meeting.", paragraphs);
        Assert.Equal(
        [
            "Point 1. Ouverture", "The SRSG opened the meeting.", "Point 3. Politiques de retour", "Les participants ont comparé les procédures de retour.",
            "Un point soulevé sous un point depuis retiré.", "Recommandations", "Recommandation 1", "Désigner un tuteur sous 72 heures.", "Destinataires\u00a0: Les États membres",
            "Recommandation 2", "Partager les pratiques d’évaluation de l’âge.", "Destinataires\u00a0: Groupe thématique «\u00a0Évaluation de l’âge\u00a0»",
        ], paragraphs.SkipWhile(p => p != "Résumé de la réunion").Skip(1).Take(12));
        Assert.Equal(["Annexe 1\u00a0: Ordre du jour", "Annexe 2\u00a0: Liste des participants", "Annexe 3\u00a0: Documents"], paragraphs.Where(p => p.StartsWith("Annexe", StringComparison.Ordinal)));
        Assert.Equal(["Horaire", "Sujet", "Intervenant(s)"], tables[0][0]);
        Assert.Equal(["Nom", "Organisation", "Fonction", "Pays"], tables[1][0]);
        Assert.Equal(["Point", "Document", "Adresse ou fichier"], tables[2][0]);
        Assert.Empty(FrenchTypography.PlainSpacesBeforeDoublePunctuation(string.Join("\n", paragraphs.Concat(tables.SelectMany(t => t.SelectMany(r => r))))));
        Assert.Empty(Validate(file.Content));
    }

    [Fact]
    public void A_draft_without_texts_attendance_or_documents_says_so_and_is_still_valid()
    {
        var meeting = Plenary with { Place = null, AgendaVersions = [AgendaVersion.Draft([new AgendaItem("a1", BilingualText.Of("Opening", "Ouverture"))])] };
        var draft = Issued with { Status = ReportStatus.Draft, IssuedOn = null, Background = BilingualText.Of(""), Summaries = [], Recommendations = [] };
        foreach (var language in new[] { Language.En, Language.Fr })
        {
            var file = Write(language, draft, meeting, withAttendance: false);
            var paragraphs = Paragraphs(file.Content).Select(p => p.Text).ToList();

            Assert.Contains(language == Language.En ? "Draft for comments: not for circulation" : "Projet soumis aux commentaires\u00a0: ne pas diffuser", paragraphs);
            Assert.DoesNotContain(paragraphs, p => p.StartsWith(language == Language.En ? "Place" : "Lieu", StringComparison.Ordinal));
            Assert.Contains(language == Language.En ? "Attendance was not recorded." : "La participation n’a pas été consignée.", paragraphs);
            Assert.Contains(language == Language.En ? "No summary was written for this meeting." : "Aucun résumé n’a été rédigé pour cette réunion.", paragraphs);
            Assert.Contains(language == Language.En ? "The meeting made no recommendations." : "La réunion n’a formulé aucune recommandation.", paragraphs);
            Assert.Equal(language == Language.En ? "No documents were attached to the agenda." : "Aucun document n’était joint à l’ordre du jour.", paragraphs[^1]);
            Assert.Equal(2, Tables(file.Content).Count);
            Assert.Single(Tables(file.Content)[1]);
            Assert.Empty(Validate(file.Content));
        }
    }

    [Fact]
    public void A_file_sent_with_the_agenda_is_listed_by_its_name_without_a_link()
    {
        var file = new AgendaFile("u1", "Meetings/m/Documents/u1/briefing-note.pdf", "briefing-note.pdf", "application/pdf", 1234);
        var items = Plenary.CurrentAgenda.Items.Select((item, i) => i == 0 ? item with { Documents = [AgendaDocument.Stored("Briefing note", file)] } : item with { Documents = [] });
        var meeting = Plenary with { AgendaVersions = [.. Plenary.AgendaVersions.SkipLast(1), Plenary.CurrentAgenda with { Items = [.. items] }] };

        var english = Tables(Write(Language.En, meeting: meeting).Content)[2];
        var french = Tables(Write(Language.Fr, meeting: meeting).Content)[2];

        Assert.Equal(["1", "Briefing note", "briefing-note.pdf (file sent with the agenda)"], english[1]);
        Assert.Equal(["1", "Briefing note", "briefing-note.pdf (fichier envoyé avec l’ordre du jour)"], french[1]);
        Assert.Empty(Validate(Write(Language.En, meeting: meeting).Content));
    }

    [Fact]
    public void A_whole_network_meetings_report_goes_where_members_read_and_a_some_members_one_stays_with_the_office()
    {
        var some = Plenary with { Audience = MeetingAudience.Members("m-elise", "m-jonas") };

        Assert.Equal($"Network/{MeetingFileStore.Folder(Plenary)}/Report", ReportDocument.Folder(Plenary));
        Assert.Equal($"{MeetingFileStore.Folder(some)}/Report", ReportDocument.Folder(some));
        Assert.StartsWith("Meetings/", ReportDocument.Folder(some));
    }
}
