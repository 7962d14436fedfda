using FocalBot.Domain.Members;
using FocalBot.Domain.Requests;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Requests;

/// The texts of national circulation (CirculationRoutes, ContributorRoutes): the Word copy, reading it back, the
/// national contributors, and what the compilation says of them.
public static partial class RequestTexts
{
    // The Word copy

    /// {0}: OfState, "de la France", "du Portugal" in French.
    public static readonly Text CopyMarking = new(
        "Restricted: circulated by the focal point of {0} for national consultation; not for publication",
        "Diffusion restreinte\u00a0: diffusé par le point de contact {0} pour consultation nationale\u00a0; ne pas publier");
    public static readonly Text CopyNetworkDeadline = new("Deadline of the network: {0:d MMMM yyyy}", "Date limite du réseau\u00a0: {0:d MMMM yyyy}");
    public static readonly Text CopyNationalDeadline = new("National deadline: please answer by {0:d MMMM yyyy}", "Date limite nationale\u00a0: merci de répondre d’ici le {0:d MMMM yyyy}");
    public static readonly Text CopyInstructions = new(
        "Write each answer in the box under its question; a box holds as many paragraphs as you need. Please change nothing else: "
        + "the focal point sends this document back to FocalBot, which reads only the answer boxes and refuses a copy changed anywhere else.",
        "Rédigez chaque réponse dans le cadre placé sous sa question\u00a0; un cadre contient autant de paragraphes que nécessaire. Ne modifiez rien d’autre\u00a0: "
        + "le point de contact renvoie ce document à FocalBot, qui ne lit que les cadres de réponse et refuse une copie modifiée ailleurs.");
    public static readonly Text AnswerAreaName = new("Answer to question {0}", "Réponse à la question {0}");
    public static readonly Text AnswerAreaPlaceholder = new("Write the answer to question {0} here.", "Rédigez ici la réponse à la question {0}.");
    /// {0}: the request number as file names write it ("2026-07"), {1}: the state's code.
    public static readonly Text CopyFileName = new("National copy {0} {1} (EN).docx", "Copie nationale {0} {1} (FR).docx");

    // Circulating

    public static readonly Text CirculateButton = new("Circulate nationally", "Diffuser au niveau national");
    public static readonly Text CirculateTitle = new("Circulate request {0} nationally", "Diffuser la demande {0} au niveau national");
    public static readonly Text CirculateIntro = new(
        "I make a Word copy of this request, marked as restricted, for the colleagues you consult in your country. They write their answers in the boxes under the questions. Send me the filled document here in our chat and I pre-fill your state's draft answer: nothing is submitted without you.",
        "Je prépare une copie Word de cette demande, marquée «\u00a0diffusion restreinte\u00a0», pour les collègues que vous consultez dans votre pays. Ils rédigent leurs réponses dans les cadres placés sous les questions. Envoyez-moi le document rempli ici, dans notre conversation, et je préremplis le brouillon de réponse de votre État\u00a0: rien n’est soumis sans vous.");
    public static readonly Text CirculateSentToChat = new(
        "The national copy is yours alone: I have sent you its form in our personal chat.",
        "La copie nationale vous est personnelle : je vous en ai envoyé le formulaire dans notre conversation personnelle.");
    public static readonly Text CirculateOpenChat = new(
        "The national copy is made in our personal chat: open FocalBot in Teams' chat, then try again.",
        "La copie nationale se prépare dans notre conversation personnelle : ouvrez FocalBot dans la conversation Teams, puis réessayez.");
    public static readonly Text CopyLanguageLabel = new("Language of the copy", "Langue de la copie");
    public static readonly Text NationalDeadlineLabel = new("National deadline (optional, before {0:d MMMM yyyy})", "Date limite nationale (facultative, avant le {0:d MMMM yyyy})");
    public static readonly Text MakeCopyButton = new("Make the Word copy", "Créer la copie Word");
    public static readonly Text BackToRequestButton = new("Back to the request", "Retour à la demande");
    public static readonly Text NationalDeadlineNotEarlier = new(
        "The national deadline must come before the network's deadline, {0:d MMMM yyyy}. No copy was made.",
        "La date limite nationale doit précéder celle du réseau, le {0:d MMMM yyyy}. Aucune copie n’a été créée.");
    public static readonly Text NationalDeadlinePassed = new(
        "The national deadline cannot be in the past. No copy was made.",
        "La date limite nationale ne peut pas être déjà passée. Aucune copie n’a été créée.");
    public static readonly Text NationalDeadlineNotADate = new(
        "The national deadline is not a date: choose it in the calendar. No copy was made.",
        "La date limite nationale n’est pas une date\u00a0: choisissez-la dans le calendrier. Aucune copie n’a été créée.");
    public static readonly Text CopyReadyTitle = new("National copy of request {0}", "Copie nationale de la demande {0}");
    /// {0}: the copy's language, "English" or "français".
    public static readonly Text CopyReadyBody = new(
        "Your Word copy in {0} is ready. Share it with the colleagues you consult; when it comes back filled, send it to me here in our chat and I will pre-fill your state's draft answer.",
        "Votre copie Word en {0} est prête. Transmettez-la aux collègues que vous consultez\u00a0; une fois remplie, envoyez-la-moi ici, dans notre conversation, et je préremplirai le brouillon de réponse de votre État.");
    public static readonly Text CopyNationalDeadlineFact = new("National deadline", "Date limite nationale");
    public static readonly Text CopyLinkExpires = new("The link is personal and valid until {0:d MMMM yyyy}.", "Le lien est personnel et valable jusqu’au {0:d MMMM yyyy}.");
    public static readonly Text DownloadCopyButton = new("Download the Word copy", "Télécharger la copie Word");

    /// Why no copy was made.
    public static string Describe(CirculationRefusal refusal, InformationRequest request, Language language) => refusal switch
    {
        CirculationRefusal.StateNotAsked => CirculateStateNotAsked.Format(language, request.Number),
        CirculationRefusal.Closed => CirculateClosed.Format(language, request.Number),
        CirculationRefusal.NotOpen => CirculateNotOpen.Format(language, request.Number),
        CirculationRefusal.NationalDeadlineNotEarlier => NationalDeadlineNotEarlier.Format(language, request.Deadline),
        CirculationRefusal.NationalDeadlinePassed => NationalDeadlinePassed.In(language),
        _ => AnswerNotAllowed.In(language),
    };

    /// Why a filled copy was not read back.
    public static string DescribeCopy(CirculationRefusal refusal, InformationRequest request, StateCode copyState, Language language) => refusal switch
    {
        CirculationRefusal.OtherState => CopyOtherState.Format(language, TheState(copyState, language)),
        CirculationRefusal.StateNotAsked => CopyStateNotAsked.Format(language, request.Number),
        CirculationRefusal.Closed => CopyClosed.Format(language, request.Number),
        CirculationRefusal.NotOpen => CopyNotOpen.Format(language, request.Number),
        _ => AnswerNotAllowed.In(language),
    };

    public static readonly Text CirculateStateNotAsked = new(
        "Your state is not asked in request {0}: there is nothing to circulate.",
        "Votre État n’est pas interrogé dans la demande {0}\u00a0: il n’y a rien à diffuser.");
    public static readonly Text CirculateClosed = new(
        "Request {0} is closed: answers are no longer taken, so no copy was made.",
        "La demande {0} est close\u00a0: les réponses ne sont plus acceptées, aucune copie n’a donc été créée.");
    public static readonly Text CirculateNotOpen = new(
        "Request {0} is not open for answers: no copy was made.",
        "La demande {0} n’est pas ouverte aux réponses\u00a0: aucune copie n’a été créée.");

    // Reading a filled copy back

    public static readonly Text CopyUnreadable = new(
        "I could not read this Word document: it is damaged, or not a Word file. Nothing was changed.",
        "Je n’ai pas pu lire ce document Word\u00a0: il est endommagé, ou n’est pas un fichier Word. Rien n’a été modifié.");
    public static readonly Text CopyEdited = new(
        "This national copy was changed outside its answer boxes (text edited or added elsewhere, or an answer box removed), so I cannot trust what it says. Nothing was changed: put the answers into a fresh copy (“Circulate nationally”) and send me that one.",
        "Cette copie nationale a été modifiée en dehors de ses cadres de réponse (texte modifié ou ajouté ailleurs, ou cadre de réponse supprimé)\u00a0: je ne peux pas me fier à son contenu. Rien n’a été modifié\u00a0: reportez les réponses dans une nouvelle copie («\u00a0Diffuser au niveau national\u00a0») et envoyez-moi celle-ci.");
    public static readonly Text CopyRequestGone = new(
        "This national copy is of a request I no longer have. Nothing was changed.",
        "Cette copie nationale porte sur une demande qui n’existe plus. Rien n’a été modifié.");
    /// {0}: TheState, "la France" in French.
    public static readonly Text CopyOtherState = new(
        "This national copy was circulated for {0}: only its focal points can read it back. Nothing was changed.",
        "Cette copie nationale a été diffusée pour {0}\u00a0: seuls ses points de contact peuvent la relire. Rien n’a été modifié.");
    public static readonly Text CopyStateNotAsked = new(
        "This national copy is of request {0}, which your state does not answer. Nothing was changed.",
        "Cette copie nationale porte sur la demande {0}, à laquelle votre État ne répond pas. Rien n’a été modifié.");
    public static readonly Text CopyClosed = new(
        "Request {0} is closed: answers are no longer taken. Nothing was changed.",
        "La demande {0} est close\u00a0: les réponses ne sont plus acceptées. Rien n’a été modifié.");
    public static readonly Text CopyNotOpen = new(
        "Request {0} is not open for answers. Nothing was changed.",
        "La demande {0} n’est pas ouverte aux réponses. Rien n’a été modifié.");
    public static readonly Text CopyFilled = new(
        "{0} questions pre-filled from the national copy. Nothing is submitted: review the answer, then submit it when it is complete.",
        "{0}\u00a0questions préremplies à partir de la copie nationale. Rien n’est soumis\u00a0: relisez la réponse, puis soumettez-la lorsqu’elle est complète.");
    public static readonly Text CopyFilledOne = new(
        "1 question pre-filled from the national copy. Nothing is submitted: review the answer, then submit it when it is complete.",
        "1\u00a0question préremplie à partir de la copie nationale. Rien n’est soumis\u00a0: relisez la réponse, puis soumettez-la lorsqu’elle est complète.");

    /// How many questions the copy filled, in words that agree with the number.
    public static string Filled(int count, Language language) => count == 1 ? CopyFilledOne.In(language) : CopyFilled.Format(language, count);
    public static readonly Text CopyNothingNew = new(
        "The national copy brings nothing new: its answer boxes are empty, or say what your state's answer already says.",
        "La copie nationale n’apporte rien de nouveau\u00a0: ses cadres de réponse sont vides, ou disent ce que dit déjà la réponse de votre État.");
    public static readonly Text ConfirmTitle = new("The national copy differs from your state's answer", "La copie nationale diffère de la réponse de votre État");
    public static readonly Text ConfirmIntro = new(
        "These questions were already answered otherwise. Replace your state's text with the copy's, question by question or all at once, or keep yours. Nothing is submitted.",
        "Ces questions avaient déjà une autre réponse. Remplacez le texte de votre État par celui de la copie, question par question ou en une fois, ou gardez le vôtre. Rien n’est soumis.");
    public static readonly Text YourAnswerLabel = new("Your state's answer: ", "Réponse de votre État\u00a0: ");
    public static readonly Text CopyAnswerLabel = new("The copy: ", "La copie\u00a0: ");
    public static readonly Text ReplaceButton = new("Replace with the copy's text", "Remplacer par le texte de la copie");
    public static readonly Text ReplaceAllButton = new("Replace all with the copy", "Tout remplacer par la copie");
    public static readonly Text KeepMineButton = new("Keep mine", "Garder mon texte");
    public static readonly Text CopyReplaced = new(
        "The copy's text is now in your state's answer. Review it, then submit when the answer is complete.",
        "Le texte de la copie figure désormais dans la réponse de votre État. Relisez-la, puis soumettez-la lorsqu’elle est complète.");
    public static readonly Text CopyKept = new("Your state's texts are kept; the copy's other answers are set aside.", "Les textes de votre État sont conservés\u00a0; les autres réponses de la copie sont écartées.");
    public static readonly Text NothingAside = new(
        "Nothing from the national copy is waiting any more: a colleague already chose, or you did.",
        "Plus rien de la copie nationale n’est en attente\u00a0: un collègue a déjà choisi, ou vous l’avez fait.");
    public static readonly Text CopyChangedMeanwhile = new(
        "Your state's answer was saved again since this card was shown: here is what it holds now. Nothing was replaced; choose again.",
        "La réponse de votre État a été enregistrée de nouveau depuis l’affichage de cette fiche\u00a0: voici ce qu’elle contient désormais. Rien n’a été remplacé\u00a0; choisissez à nouveau.");

    // National contributors

    public static readonly Text ContributorsButton = new("National contributors", "Contributeurs nationaux");
    /// {0}: OfState, "de la France" in French.
    public static readonly Text ContributorsTitle = new("National contributors to the answer of {0}", "Contributeurs nationaux à la réponse {0}");
    public static readonly Text ContributorsIntro = new(
        "The organisations your state consulted for this answer. The compilation names them beside your state only if your state agrees.",
        "Les organisations que votre État a consultées pour cette réponse. La compilation ne les nomme à côté de votre État que si celui-ci l’accepte.");
    public static readonly Text ContributorsAnonymous = new(
        "This request is compiled without naming the states: the compilation lists no contributors.",
        "Cette demande est compilée sans nommer les États : la compilation ne mentionne aucun contributeur.");
    public static readonly Text SaveBeforeContributors = new(
        "Save your answers first: what you typed is not saved yet. Then open the national contributors.",
        "Enregistrez d’abord vos réponses : ce que vous avez saisi n’est pas encore enregistré. Ouvrez ensuite les contributeurs nationaux.");
    public static readonly Text NoContributors = new("No organisation recorded yet.", "Aucune organisation enregistrée pour l’instant.");
    public static readonly Text OrganisationLabel = new("Organisation consulted (up to {0} characters)", "Organisation consultée ({0} caractères au plus)");
    public static readonly Text ContributorKindLabel = new("Kind of organisation", "Type d’organisation");
    public static readonly Text KindMinistry = new("Ministry", "Ministère");
    public static readonly Text KindAgency = new("Agency", "Agence");
    public static readonly Text KindCivilSociety = new("Civil society", "Société civile");
    public static readonly Text KindInternational = new("International organisation", "Organisation internationale");
    public static readonly Text KindOther = new("Other", "Autre");
    public static readonly Text NamedToggle = new(
        "My state agrees to be named with these organisations in the compilation",
        "Mon État accepte d’être nommé avec ces organisations dans la compilation");
    public static readonly Text SaveContributorsButton = new("Save", "Enregistrer");
    public static readonly Text RemoveButton = new("Remove", "Retirer");
    public static readonly Text BackToAnswerButton = new("Back to the answer", "Retour à la réponse");
    public static readonly Text ContributorsSaved = new("Saved.", "Enregistré.");
    public static readonly Text ContributorRemoved = new("Removed.", "Retirée.");
    public static readonly Text OrganisationTooLong = new("The organisation's name is longer than {0} characters. Nothing was saved.", "Le nom de l’organisation dépasse {0} caractères. Rien n’a été enregistré.");
    public static readonly Text AlreadyListed = new("This organisation is listed already. Nothing was saved.", "Cette organisation figure déjà dans la liste. Rien n’a été enregistré.");
    public static readonly Text TooManyContributors = new("At most {0} organisations can be listed. Nothing was saved.", "La liste compte au plus {0} organisations. Rien n’a été enregistré.");

    public static string KindName(ContributorKind kind, Language language) => (kind switch
    {
        ContributorKind.Ministry => KindMinistry,
        ContributorKind.Agency => KindAgency,
        ContributorKind.CivilSociety => KindCivilSociety,
        ContributorKind.InternationalOrganisation => KindInternational,
        _ => KindOther,
    }).In(language);

    public static string Describe(ContributorRefusal refusal, Language language) => refusal switch
    {
        ContributorRefusal.OrganisationTooLong => OrganisationTooLong.Format(language, NationalContributors.OrganisationMaxLength),
        ContributorRefusal.AlreadyListed => AlreadyListed.In(language),
        ContributorRefusal.TooMany => TooManyContributors.Format(language, NationalContributors.MaxContributors),
        ContributorRefusal.StateNotAsked => StateNotAsked.In(language),
        ContributorRefusal.Closed => AnswerClosed.In(language),
        ContributorRefusal.NotOpen => NotSentYet.In(language),
        _ => AnswerNotAllowed.In(language),
    };

    // In the compilation files

    public static readonly Text ContributorsHeading = new("National contributors", "Contributeurs nationaux");
    public static readonly Text ContributorsNote = new(
        "Organisations consulted by the states that agreed to be named with them.",
        "Organisations consultées par les États qui ont accepté d’être nommés avec elles.");
    public static readonly Text ContributorLine = new("{0} ({1})", "{0} ({1})");
    public static readonly Text ContributorsSheet = new("Contributors", "Contributeurs");
    public static readonly Text OrganisationColumn = new("Organisation", "Organisation");
    public static readonly Text KindColumn = new("Kind", "Type");
}
