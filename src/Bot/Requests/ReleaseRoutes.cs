using System.Text.Json.Nodes;
using FocalBot.Bot.Protocol;
using FocalBot.Bot.Turns;
using FocalBot.Domain.Members;
using FocalBot.Domain.Requests;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Requests;

/// A request and the states whose answer is submitted: what CompilationAccess decides on.
public sealed record CompilationSubject(InformationRequest Request, IReadOnlySet<StateCode> Answered);

/// Releasing a compilation to the network: "Get the compilation", a member's own links to the version they may open
/// (the office's full one, the network's for everyone else once released).
public static partial class ReleaseRoutes
{
    /// The compilation of the request the card names, for a member who may open it (CompilationAccess); the others are
    /// told so, and a request never sent is as if it did not exist.
    internal static readonly Guard<CompilationSubject> Readers = Guard.AnyMember.Loading("compilation", LoadAsync,
        (member, subject) => CompilationAccess.MayOpen(member, subject.Request, subject.Answered), RequestTexts.CompilationNotOpen, RequestTexts.NotFound);

    public static void Map(TurnRouter routes) => routes
        .OnExecute(RequestRoutes.GetCompilation, Readers,
            (turn, member, subject, ct) => GetCompilationAsync(turn, member, subject, turn.Get<RequestCompiler>(), RequestRoutes.Log(turn), ct));

    static async Task<CompilationSubject?> LoadAsync(TurnContext turn, CancellationToken ct)
    {
        var requests = turn.Get<IRequestStore>();
        if (await requests.GetAsync(turn.Data(RequestForm.IdKey) ?? "", ct) is not { Number: { } number } request) return null;
        return new CompilationSubject(request, await AnsweredAsync(requests, number, ct));
    }

    /// The states whose answer to the request is submitted.
    internal static async Task<IReadOnlySet<StateCode>> AnsweredAsync(IRequestStore requests, RequestNumber number, CancellationToken ct) =>
        (await requests.ListAnswersAsync(number, ct)).Where(a => a.Status == AnswerStatus.Submitted).Select(a => a.StateCode).ToHashSet();

    /// The member's own links, in their personal chat: the office's version for the office, the network's for the others.
    /// Compiled now from the answers as they stand, so an answer a state has since given to the office only is left out.
    internal static async Task<InvokeResponse> GetCompilationAsync(TurnContext turn, Member member, CompilationSubject subject, RequestCompiler compiler, ILogger log,
        CancellationToken ct)
    {
        var (request, language) = (subject.Request, turn.Language);
        var view = member.Role == MemberRole.Office ? CompilationView.Office : CompilationView.Network;
        var compiled = await compiler.CompileAsync(request, view, ct);
        JsonObject card = view == CompilationView.Office
            ? compiler.LinkCard(compiled, member, atDeadline: false, language)
            : ReleaseCards.Links(compiled, compiler.LinksFor(compiled, member), released: false, language);
        LogLinks(log, request.Number.ToString()!, view, member.Id);
        return await PersonalChat.AnswerAsync(turn, card, TurnTexts.LinksSentToChat, TurnTexts.OpenPersonalChat, ct);
    }

    [LoggerMessage(LogLevel.Information, "Compilation of {RequestNumber} ({View}'s version): links made for member {MemberId}")]
    static partial void LogLinks(ILogger logger, string requestNumber, CompilationView view, string memberId);
}
