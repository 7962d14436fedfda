using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Nodes;
using FocalBot.Bot.Cards;
using FocalBot.Bot.Deliveries;
using FocalBot.Bot.Protocol;
using FocalBot.Bot.Scheduling;
using FocalBot.Domain.Members;
using FocalBot.Domain.Requests;
using FocalBot.Domain.Shared;

namespace FocalBot.Bot.Requests;

/// A released compilation, to each member it was released to, in their personal chat: "request-released/2026/07". The
/// rows are made when the office releases it, for the members CompilationAccess let in then; each gets one card, in
/// their language, with links made for them alone when the sender gets to their row.
public sealed class RequestReleasedCampaign(IRequestStore store, RequestCompiler compiler) : ICampaign<RequestNumber>
{
    public static string Prefix => "request-released/";

    public static string Key(RequestNumber number) => Prefix + number;

    public static bool TryParse(string key, [MaybeNullWhen(false)] out RequestNumber number) => RequestKey.TryNumber(CampaignKey.Segments(key, Prefix), out number);

    public async Task<Activity?> MessageAsync(RequestNumber n, Member member, CancellationToken ct)
    {
        if (await store.FindAsync(n, ct) is not { ReleasedOn: not null } request) return null;
        var compiled = await compiler.LatestAsync(request, CompilationView.Network, ct);
        return ProactiveMessage.Card(ReleaseCards.Links(compiled, compiler.LinksFor(compiled, member), released: true, RequestKey.In(member)));
    }
}

/// A released compilation as the delivery view shows it: its 1:1 messages to the members it was released to.
public sealed class ReleaseDeliveries(IRequestStore store) : IDeliverySubjects
{
    public const string Subject = "request-release";

    public string Kind => Subject;

    public async Task<DeliverySubject?> FindAsync(string id, Language language, CancellationToken ct)
    {
        if (await store.GetAsync(id, ct) is not { Number: { } number, ReleasedOn: not null } request) return null;
        var back = Card.Execute(RequestTexts.BackToStatus.In(language), RequestRoutes.Status, new JsonObject { [RequestForm.IdKey] = request.Id }, withInputs: false);
        return new DeliverySubject(Subject, request.Id, RequestTexts.ReleaseDeliveryTitle.Format(language, number), RequestCards.TitleIn(request, language),
            RequestReleasedCampaign.Key(number), MentionCampaign: null, back);
    }
}
