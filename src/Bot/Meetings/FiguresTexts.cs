using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Meetings;

/// Every text of the network's activity figures (FiguresRoutes), English and French side by side.
public static class FiguresTexts
{
    public static readonly Text Button = new("Activity figures", "Chiffres d’activité");
    public static readonly Text OfficeOnly = new("Only the office sees the network's activity figures.", "Seul le secrétariat consulte les chiffres d’activité du réseau.");
    public static readonly Text OnlyInPersonalChat = new(
        "The activity figures are shown in your personal chat with FocalBot.", "Les chiffres d’activité s’affichent dans votre conversation personnelle avec FocalBot.");
    public static readonly Text NotAYear = new(
        "The network has figures for the years {0} to {1} only.", "Le réseau n’a de chiffres que pour les années {0} à {1}.");

    public static readonly Text Title = new("Activity figures {0}", "Chiffres d’activité {0}");
    public static readonly Text AsOf = new(
        "Counts only, nobody's personal data; as they stand on {0:d MMMM yyyy}.",
        "Totaux uniquement, sans données personnelles\u00a0; arrêtés au {0:d MMMM yyyy}.");

    public static readonly Text MeetingsHeading = new("Meetings", "Réunions");
    public static readonly Text HeldFact = new("Held", "Tenues");
    public static readonly Text Held = new("{0} ({1}, {2})", "{0} ({1}, {2})");
    static readonly (Text One, Text Many) Plenaries = (new("plenary", "plénière"), new("plenaries", "plénières"));
    static readonly (Text One, Text Many) Sessions = (new("thematic session", "session thématique"), new("thematic sessions", "sessions thématiques"));
    public static readonly Text ToComeFact = new("Still to come this year", "Encore à venir cette année");
    public static readonly Text RecordedFact = new("Attendance recorded", "Présences consignées");
    public static readonly Text Recorded = new("for {0} of {1}", "pour {0} sur {1}");
    public static readonly Text AttendanceHeading = new(
        "Attendance at the meetings held, all together (counts only)", "Présences aux réunions tenues, toutes confondues (totaux uniquement)");
    public static readonly Text NoneHeld = new("No meeting held yet this year.", "Aucune réunion tenue à ce jour cette année.");
    public static readonly Text MeetingLine = new("{0} · {1}: {2}", "{0} · {1}\u00a0: {2}");
    public static readonly Text NotRecorded = new("attendance not recorded", "présences non consignées");
    public static readonly Text Coming = new("to come", "à venir");

    public static readonly Text RequestsHeading = new("Information requests", "Demandes d’information");
    public static readonly Text SentFact = new("Sent", "Envoyées");
    public static readonly Text AnswersFact = new("Answers from member states", "Réponses des États membres");
    public static readonly Text Answers = new("{0} of {1} asked ({2} %)", "{0} sur {1} demandées ({2}\u00a0%)");
    public static readonly Text NoneAsked = new("none asked", "aucune demandée");

    public static readonly Text OutcomesHeading = new("Reports and follow-up", "Rapports et suivi");
    public static readonly Text ReportsFact = new("Summary reports issued", "Rapports de synthèse publiés");
    public static readonly Text RecommendationsFact = new("Recommendations", "Recommandations");
    public static readonly Text ActionsFact = new("Follow-up actions", "Actions de suivi");
    public static readonly Text Actions = new("{0}: {1}, {2} open, {3} overdue", "{0}\u00a0: {1}, {2} en cours, {3} en retard");
    static readonly (Text One, Text Many) Done = (new("done", "réalisée"), new("done", "réalisées"));

    public static readonly Text YearButton = new("Figures for {0}", "Chiffres de {0}");

    /// "3 (2 plenaries, 1 thematic session)"; French counts 0 and 1 in the singular.
    public static string HeldLine(int held, int plenaries, int sessions, Language l) =>
        Held.Format(l, held, Count(plenaries, Plenaries, l), Count(sessions, Sessions, l));

    /// "5: 3 done, 1 open, 1 overdue".
    public static string ActionsLine(int all, int done, int open, int overdue, Language l) => Actions.Format(l, all, Count(done, Done, l), open, overdue);

    static string Count(int n, (Text One, Text Many) word, Language l) =>
        $"{n}\u00a0{(n == 1 || (l == Language.Fr && n == 0) ? word.One : word.Many).In(l)}";
}
