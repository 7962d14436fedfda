using FocalBot.Domain.Meetings;
using FocalBot.Domain.Outcomes;
using FocalBot.Domain.Shared;
using static FocalBot.Domain.Tests.Outcomes.AReport;

namespace FocalBot.Domain.Tests.Outcomes;

public sealed class ChathamHouseTests
{
    static readonly string[] Participants = ["Élise Moreau", "Jonas Weber", "Ana Costa"];

    static IReadOnlyList<string> Named(string en, string fr = "", Language reader = Language.En) =>
        ChathamHouse.Named(BilingualText.Of(en, fr), Participants, reader);

    [Fact]
    public void A_summary_naming_a_participant_by_full_or_family_name_is_flagged_whatever_the_case_and_accents()
    {
        Assert.Equal(["Élise Moreau"], Named("ELISE MOREAU explained the French practice."));
        Assert.Equal(["Jonas Weber"], Named("", "M. Weber a présenté les chiffres."));
        Assert.Empty(Named("Participants exchanged views on guardianship."));
    }

    [Fact]
    public void Member_states_are_found_by_their_English_or_French_names_accents_and_apostrophes_aside()
    {
        Assert.Equal(["France", "Germany"], Named("Germany's delegation and the representative of France agreed."));
        Assert.Equal(["Germany", "Türkiye"], Named("", "L’Allemagne et la TURKIYE ont insisté."));
        Assert.Equal(["Belgique", "Allemagne"], Named("Germany", "la Belgique", Language.Fr));
    }

    [Fact]
    public void Only_whole_words_count()
    {
        Assert.Empty(Named("The Maltese presidency and a Frenchman spoke of Costanza."));
        Assert.Equal(["Ana Costa"], Named("Ms Costa added a point."));
    }

    [Fact]
    public void Each_thing_named_is_listed_once_participants_first()
    {
        Assert.Equal(["Jonas Weber", "Germany"], Named("Weber (Germany) and Jonas Weber again, for Germany.", "Weber pour l'Allemagne."));
    }

    [Fact]
    public void The_check_warns_on_non_attributable_items_only_in_the_agenda_order()
    {
        var report = Draft();
        report = SummaryReports.SetSummary(report, Plenary, Office, "aob", BilingualText.Of("Italy raised a point."), false, OutcomeSettings.Default).Value!;
        report = SummaryReports.SetSummary(report, Plenary, Office, "opening", BilingualText.Of("Élise Moreau opened."), false, OutcomeSettings.Default).Value!;
        report = SummaryReports.SetSummary(report, Plenary, Office, "children", BilingualText.Of("Jonas Weber presented."), true, OutcomeSettings.Default).Value!;

        var warnings = ChathamHouse.Check(report, Plenary, Participants, Language.Fr);

        Assert.Equal([("opening", "Élise Moreau"), ("aob", "Italie")], warnings.Select(w => (w.AgendaItemId, string.Join(",", w.Names))));
    }
}
