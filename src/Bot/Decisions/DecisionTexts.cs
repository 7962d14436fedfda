using FocalBot.Domain.Decisions;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Decisions;

/// The network's decisions by silence procedure, as focal points and the office read them.
public static class DecisionTexts
{
    public static readonly Text Title = new("The network is asked to decide", "Le réseau est appelé à décider");

    public static readonly Text AskedAgainTitle = new("The network is asked again", "Le réseau est à nouveau consulté");

    public static readonly Text SilenceRule = new(
        "Unless a focal point objects by the end of {0:dddd d MMMM yyyy}, the decision stands. To object, give your reason below.",
        "Sauf objection d’un point de contact d’ici la fin du {0:dddd d MMMM yyyy}, la décision est adoptée. Pour vous y opposer, indiquez votre motif ci-dessous.");

    public static readonly Text ProposedGroup = new("Proposal: create a thematic group", "Proposition\u00a0: créer un groupe thématique");
    public static readonly Text ProposedCall = new("Proposal: call for thematic rapporteurs", "Proposition\u00a0: appel à rapporteurs thématiques");

    public static readonly Text ReasonLabel = new("Reason for objecting (read by the office only)", "Motif de l’objection (lu par le seul secrétariat)");
    public static readonly Text YourReason = new("Your reason: ", "Votre motif\u00a0: ");
    public static readonly Text NewRound = new(
        "The network has been asked again since this card was sent; object on the latest card.",
        "Le réseau a été consulté à nouveau depuis l’envoi de cette carte\u00a0; faites objection sur la carte la plus récente.");
    public static readonly Text ObjectButton = new("Object", "Faire objection");

    public static readonly Text Objected = new(
        "Your objection was recorded on {0:d MMMM yyyy}. The office reads your reason and will tell the network what happens next.",
        "Votre objection a été enregistrée le {0:d MMMM yyyy}. Le secrétariat prend connaissance de votre motif et informera le réseau de la suite.");

    public static readonly Text Adopted = new("Decided: no focal point objected by {0:d MMMM yyyy}.", "Décidé\u00a0: aucun point de contact ne s’y est opposé au {0:d MMMM yyyy}.");
    public static readonly Text Open = new("Objections are taken until {0:d MMMM yyyy}.", "Les objections sont reçues jusqu’au {0:d MMMM yyyy}.");
    public static readonly Text BrokenOne = new("Silence broken: 1 objection.", "Silence rompu\u00a0: 1\u00a0objection.");
    public static readonly Text BrokenMany = new("Silence broken: {0} objections.", "Silence rompu\u00a0: {0}\u00a0objections.");
    public static readonly Text Withdrawn = new("Withdrawn by the office.", "Retirée par le secrétariat.");

    public static readonly Text ObjectionsTitle = new("Objections", "Objections");
    public static readonly Text EarlierObjections = new("Objections in earlier rounds", "Objections lors des consultations précédentes");
    public static readonly Text ObjectionLine = new("{0} ({1}), {2:d MMMM yyyy}", "{0} ({1}), {2:d MMMM yyyy}");

    public static readonly Text Withdraw = new("Withdraw the proposal", "Retirer la proposition");
    public static readonly Text AskAgain = new("Ask the network again", "Consulter à nouveau le réseau");

    public static readonly Text WithdrawnDone = new(
        "The proposal is withdrawn. A focal point who objects to it now is told that it was withdrawn.",
        "La proposition est retirée. Un point de contact qui s’y oppose désormais est informé de son retrait.");
    public static readonly Text AskedAgain = new(
        "The network is asked again (round {0}); objections are taken until {1:d MMMM yyyy}.",
        "Le réseau est à nouveau consulté (tour\u00a0{0})\u00a0; les objections sont reçues jusqu’au {1:d MMMM yyyy}.");
    public static readonly Text QueuedOne = new("The proposal will be sent to 1 focal point.", "La proposition sera envoyée à 1\u00a0point de contact.");
    public static readonly Text QueuedMany = new("The proposal will be sent to {0} focal points.", "La proposition sera envoyée à {0}\u00a0points de contact.");

    public static readonly Text NotFound = new("This proposal was not found.", "Cette proposition est introuvable.");
    public static readonly Text ChangedMeanwhile = new(
        "Someone changed this proposal at the same moment; nothing was saved. Open it again.",
        "Quelqu’un a modifié cette proposition au même moment\u00a0; rien n’a été enregistré. Rouvrez-la.");

    public static string Describe(SilenceRefusal refusal, Language language) => (refusal switch
    {
        SilenceRefusal.NotAFocalPoint => new Text("Only focal points take part in the network's decisions.", "Seuls les points de contact prennent part aux décisions du réseau."),
        SilenceRefusal.NotAllowed => new Text("Only the office can do this.", "Seul le secrétariat peut le faire."),
        SilenceRefusal.NotOpen => new Text("This proposal is no longer open: it was decided or withdrawn.", "Cette proposition n’est plus ouverte\u00a0: elle a été tranchée ou retirée."),
        SilenceRefusal.DeadlinePassed => new Text("The deadline for objections has passed; nothing was recorded.", "Le délai d’objection est passé\u00a0; rien n’a été enregistré."),
        SilenceRefusal.ReasonMissing => new Text("Give the reason for your objection: the office needs it.", "Indiquez le motif de votre objection\u00a0: le secrétariat en a besoin."),
        SilenceRefusal.ReasonTooLong => new Text("The reason is too long (1,000 characters at most).", "Le motif est trop long (1\u00a0000\u00a0caractères au plus)."),
        SilenceRefusal.AlreadyObjected => new Text("You have already objected to this proposal; your first objection stands.", "Vous avez déjà fait objection à cette proposition\u00a0; votre première objection est maintenue."),
        SilenceRefusal.NotObjected => new Text("Nobody objected: there is nothing to ask again.", "Personne ne s’y est opposé\u00a0: il n’y a pas lieu de consulter à nouveau."),
        _ => throw new ArgumentOutOfRangeException(nameof(refusal), refusal, null),
    }).In(language);
}
