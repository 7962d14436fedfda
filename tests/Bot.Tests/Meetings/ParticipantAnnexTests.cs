using DocumentFormat.OpenXml.Packaging;
using FocalBot.Bot.Meetings;
using FocalBot.Bot.Tests.Cards;
using FocalBot.Domain.Meetings;
using FocalBot.Domain.Shared;
using static FocalBot.Bot.Tests.Exports.OpenXmlFiles;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace FocalBot.Bot.Tests.Meetings;

/// Once the office recorded attendance, the list of participants is the report's annex: those present by name,
/// organisation, title and country, then the counts, and no one's gender.
public sealed class ParticipantAnnexTests
{
    static readonly DateTimeOffset During = new(2026, 5, 11, 12, 0, 0, TimeSpan.Zero);

    /// Élise (in person), Karl in Jonas's place, Ana and Zoë present; Claire and the office absent; a walk-in from
    /// Strasbourg's university representing nobody, and Piet (who said he would not come) walking in.
    internal static Attendance Recorded()
    {
        var meeting = AParticipantList.Meeting();
        var office = Support.AMember.Sophie();
        var list = AttendanceRegister.Opened(meeting, null,
            AttendanceRegister.Expected(meeting, AParticipantList.Rsvps(), AParticipantList.Everyone(), AParticipantList.Externals().Take(1)));
        list = AttendanceRegister.AddWalkIn(office, meeting, list, new WalkIn("w1") { MemberId = "m-piet", Gender = Gender.Man, Consent = true },
            AParticipantList.Everyone(), During, MeetingSettings.Default).Value!;
        list = AttendanceRegister.AddWalkIn(office, meeting, list, new WalkIn("w2")
        {
            Name = "Marie Keller", Title = "Researcher", Organisation = "Université de Strasbourg", OrganisationKind = OrganisationKind.Academia, Country = "Switzerland",
            Gender = Gender.Woman, Consent = true,
        }, AParticipantList.Everyone(), During, MeetingSettings.Default).Value!;
        var marks = new Dictionary<string, AttendanceMark>
        {
            [Attendee.MemberKey("m-elise")] = new(true, Gender.Woman, true),
            [Attendee.MemberKey("m-claire")] = new(false),
            [Attendee.MemberKey("m-sophie")] = new(false),
        };
        return AttendanceRegister.Record(office, meeting, list, marks, During).Value!;
    }

    static (List<string[]> Rows, IReadOnlyList<Para> Paragraphs, WordprocessingDocument Document) Word(Language language)
    {
        var files = MeetingFileStore.ParticipantLists(AParticipantList.Meeting(), AParticipantList.Rsvps(), AParticipantList.Everyone(), AParticipantList.Externals(),
            AParticipantList.DrawnUpOn, language, Recorded());
        var docx = files.Single(f => f.Name.EndsWith(".docx", StringComparison.Ordinal)).Content;
        var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        var rows = document.MainDocumentPart!.Document!.Body!.Elements<W.Table>().Single().Elements<W.TableRow>()
            .Select(r => r.Elements<W.TableCell>().Select(c => c.InnerText).ToArray()).ToList();
        return (rows, Paragraphs(docx), document);
    }

    [Fact]
    public void The_annex_lists_those_present_in_four_columns_and_ends_with_the_reports_counts()
    {
        var (rows, paragraphs, document) = Word(Language.En);
        using var _ = document;

        Assert.Equal(
        [
            ["Name", "Organisation", "Title", "Country"],
            ["Élise Moreau", "Ministère de l'Intérieur", "Cheffe de bureau", "France"],
            ["Karl Richter", "Federal Ministry of the Interior", "Deputy head of unit", "Germany"],
            ["Piet de Vries", "", "", "Netherlands"],
            ["Ana Costa", "University of Lisbon", "", "Portugal"],
            ["Marie Keller", "Université de Strasbourg", "Researcher", "Switzerland"],
            ["Zoë Martin", "IOM", "", ""],
        ], rows);
        Assert.Equal(
        [
            "6 participants (gender recorded for 3: 2 women and 1 man) from 4 member states.",
            "By kind of organisation: national authorities 3, academia and research 1, not stated 2.",
            "By member state: France 1, Germany 1, Netherlands 1, Portugal 1.",
        ], paragraphs.TakeLast(3).Select(p => p.Text));
        Assert.DoesNotContain("Woman", document.MainDocumentPart!.Document!.InnerText);
        Assert.Empty(ValidationErrors(document));
    }

    [Fact]
    public void The_French_annex_is_worded_in_French_with_French_typography()
    {
        var (rows, paragraphs, document) = Word(Language.Fr);
        using var _ = document;

        Assert.Equal(["Nom", "Organisation", "Fonction", "Pays"], rows[0]);
        Assert.Equal("6\u00a0participants (genre consigné pour 3\u00a0: 2\u00a0femmes et 1\u00a0homme) de 4\u00a0États membres.", paragraphs[^3].Text);
        Assert.Empty(FrenchTypography.PlainSpacesBeforeDoublePunctuation(string.Join("\n", paragraphs.Select(p => p.Text).Concat(rows.SelectMany(r => r)))));
    }

    [Fact]
    public void The_workbook_annex_has_the_same_four_columns_and_the_counts_on_its_second_sheet()
    {
        var files = MeetingFileStore.ParticipantLists(AParticipantList.Meeting(), AParticipantList.Rsvps(), AParticipantList.Everyone(), AParticipantList.Externals(),
            AParticipantList.DrawnUpOn, Language.En, Recorded());
        var sheets = Sheets(files.Single(f => f.Name.EndsWith(".xlsx", StringComparison.Ordinal)).Content);

        Assert.Equal(["Name", "Organisation", "Title", "Country"], sheets["Participants"][0]);
        Assert.Equal(7, sheets["Participants"].Count);
        Assert.Contains(["6 participants (gender recorded for 3: 2 women and 1 man) from 4 member states."], sheets["About"]);
    }
}
