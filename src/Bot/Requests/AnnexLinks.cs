using FocalBot.Bot.Exports;
using FocalBot.Domain.Members;
using FocalBot.Domain.Requests;

namespace FocalBot.Bot.Requests;

/// A document as one member sees it on a card: what it is, their own link to it, and until when the link works (null:
/// a SharePoint page, whose library decides).
public sealed record AnnexLink(Annex Annex, string Url, DateTimeOffset? Expires);

/// The links to a request's documents for one member, made only for the documents AnnexAccess lets them open.
public sealed class AnnexLinks(IExportStore exports)
{
    static readonly HashSet<StateCode> NoneAnswered = [];

    /// The request's background documents, for a member the request reaches (or the office).
    public IReadOnlyList<AnnexLink> Documents(InformationRequest request, Member member) =>
        AnnexAccess.MayOpen(member, request, null, NoneAnswered) ? [.. request.Documents.Select(d => Link(d, member))] : [];

    /// The annexes of a state's answer, for a member who may open them: the answer card's focal points, the office.
    public IReadOnlyList<AnnexLink> Annexes(InformationRequest request, StateAnswer? answer, Member member, IReadOnlySet<StateCode>? answered = null) =>
        answer is null ? [] : [.. answer.Annexes.Where(a => AnnexAccess.MayOpen(member, request, answer, a, answered ?? NoneAnswered)).Select(a => Link(a, member))];

    /// The document as the export store saved it, for a link or a read.
    public static ExportedFile FileOf(Annex annex) =>
        new(annex.FileId, annex.Name, annex.ContentType, annex.Length, annex.FileUrl is { } url ? new Uri(url) : null);

    AnnexLink Link(Annex annex, Member member)
    {
        var link = exports.LinkFor(FileOf(annex), member);
        return new AnnexLink(annex, link.Url.AbsoluteUri, link.Expires);
    }
}
