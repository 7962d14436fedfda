using FocalBot.Bot.Scheduling;
using FocalBot.Bot.Turns;
using FocalBot.Domain.Audit;
using FocalBot.Domain.Members;
using FocalBot.Domain.Requests;

namespace FocalBot.Bot.Requests;

/// Information requests (working methods 4.5–4.7), in three sub-flows: composing and sending (ComposeRoutes: the office
/// composes, previews and sends; a focal point proposes and the office approves, edits or declines), answering
/// (AnswerRoutes: focal points answer once per state) and following up (FollowUpRoutes: the office follows the status,
/// chases and compiles), and the archive (ArchiveRoutes: searching past requests). Here: the card verbs, and who may press what; the router checks before any handler runs, from
/// the sender, never from the card's data.
public static class RequestRoutes
{
    // Cards already sent carry these verbs: never rename one.
    public const string List = "request.list";
    public const string New = "request.new";
    public const string Compose = "request.compose";
    public const string Preview = "request.preview";
    public const string Edit = "request.edit";
    public const string Send = "request.send";
    public const string Propose = "request.propose";
    public const string Review = "request.review";
    public const string Approve = "request.approve";
    public const string Decline = "request.decline";
    public const string Open = "request.open";
    public const string Answer = "request.answer";
    public const string Save = "request.save";
    public const string Submit = "request.submit";
    public const string Acknowledge = "request.ack";
    public const string Status = "request.status";
    public const string Recipients = "request.recipients";
    public const string Chase = "request.chase";
    public const string Compile = "request.compile";
    public const string Close = "request.close";
    // The archive (ArchiveRoutes).
    public const string Archive = "request.archive";

    // National circulation (CirculationRoutes, ContributorRoutes; the filled copy comes back as a file: CirculationClaim).
    public const string Circulate = "request.circulate";
    public const string MakeCopy = "request.circulate.copy";
    public const string ReplaceFromCopy = "request.copy.replace";
    public const string KeepMine = "request.copy.keep";
    public const string Contributors = "request.contributors";
    public const string SaveContributors = "request.contributors.save";
    public const string RemoveContributor = "request.contributors.remove";

    // Attachments (RequestFiles, AnnexRoutes): documents sent to the bot (offered by Files: FileRoutes.AttachFile keeps
    // the verb "request.attach"), attached to a state's answer or to a request, and taken off again.
    public const string RemoveAnnex = "request.annex.remove";
    public const string RemoveDocument = "request.document.remove";

    public const string ReasonKey = "reason";
    public const string PageKey = "page";
    public const string GoToPageKey = "goTo";

    // Audit actions on subject type "request" (the request's id) or "answer" (number/state): ids only, never content.
    public const string AuditSubject = "request";
    public const string AuditAnswerSubject = "answer";

    // Releasing the compilation to the network (ReleaseRoutes).
    public const string Release = "request.release";
    public const string GetCompilation = "request.compilation";

    // Who may press what.
    internal static readonly Guard OfficeOnly = Guard.Office(RequestTexts.NotAllowed);
    internal static readonly Guard Composers = Guard.Only("office and focal points", m => m.Role is MemberRole.Office or MemberRole.FocalPoint,
        RequestTexts.ExpertsCannotPropose);
    internal static readonly Guard Proposers = Guard.Only("focal points", m => m.Role == MemberRole.FocalPoint,
        m => m.Role == MemberRole.Office ? RequestTexts.NotAllowed : RequestTexts.ExpertsCannotPropose);

    /// The request the card names, for any member who may see it.
    internal static readonly Guard<InformationRequest> Visible = Guard.AnyMember.Loading("request", LoadAsync, MaySee, RequestTexts.NotFound);

    /// The request the card names, for the office (which sees every request).
    internal static readonly Guard<InformationRequest> OfficeRequest = OfficeOnly.Loading("request", LoadAsync, (_, _) => true, RequestTexts.NotFound);

    /// The same, once sent: it has a number, its answers and its deliveries.
    internal static readonly Guard<InformationRequest> OfficeSentRequest = OfficeOnly.Loading("request", LoadAsync, (_, r) => r.Number is not null,
        RequestTexts.NotFound);

    /// A sent request, for a focal point of a state: the office and experts are told who answers.
    internal static readonly Guard<InformationRequest> Answerers = Guard.Only("focal points of a state", AnswersForAState,
            m => m.Role == MemberRole.Office ? RequestTexts.OnlyFocalPointsAnswer : RequestTexts.NoStateOfYours)
        .Loading("request", LoadAsync, IsSentAndVisible, RequestTexts.NotFound);

    /// The same for the buttons that write the state's answer.
    internal static readonly Guard<InformationRequest> Writers = Guard.Only("focal points of a state", AnswersForAState, RequestTexts.AnswerNotAllowed)
        .Loading("request", LoadAsync, IsSentAndVisible, RequestTexts.NotFound);

    static bool AnswersForAState(Member m) => m.StateCode is { } state && Answering.MayAnswerFor(m, state);

    /// A request the caller may see: any for the office; once sent, every member (it is addressed to the network);
    /// before, only its proposer.
    static bool MaySee(Member caller, InformationRequest request) =>
        caller.Role == MemberRole.Office || request.Status is RequestStatus.Sent or RequestStatus.Closed || request.RequesterId == caller.Id;

    static bool IsSentAndVisible(Member caller, InformationRequest request) => request.Number is not null && MaySee(caller, request);

    /// The guards' loader: the request the card's data names.
    static Task<InformationRequest?> LoadAsync(TurnContext turn, CancellationToken ct) =>
        turn.Get<IRequestStore>().GetAsync(turn.Data(RequestForm.IdKey) ?? "", ct);

    public static void Map(TurnRouter routes)
    {
        ReleaseRoutes.Map(routes);   // releasing the compilation to the network
        ComposeRoutes.Map(routes);
        AnswerRoutes.Map(routes);
        FollowUpRoutes.Map(routes);
        AnnexRoutes.Map(routes);
        CirculationRoutes.Map(routes);
        ContributorRoutes.Map(routes);
        ArchiveRoutes.Map(routes);
    }

    /// The logger every request handler writes to, for Map to hand them.
    internal static ILogger Log(TurnContext turn) => turn.Get<ILoggerFactory>().CreateLogger(typeof(RequestRoutes).FullName!);

    /// Who sees the office's live status refresh: the one who pressed.
    internal static string[] RefreshFor(TurnContext turn) => [turn.Activity.From?.Id ?? ""];

    /// Today's active focal points of the states asked: leads and alternates alike get the request.
    internal static List<Member> FocalPointsOf(InformationRequest request, IEnumerable<Member> everyone) =>
        [.. everyone.Where(request.Audience.Reaches)];

    /// One line of the audit log: who did what to which request or answer, by id only.
    internal static Task AuditAsync(IAuditLog audit, NetworkCalendar calendar, Member actor, string action, string subjectType, string subjectId,
        CancellationToken ct) =>
        audit.AppendAsync(new AuditEntry(calendar.Now, actor.Id, action, subjectType, subjectId), ct);
}
