using FocalBot.Domain.Members;
using FocalBot.Domain.Shared;

namespace FocalBot.Domain.Requests;

/// Information requests and the states' answers: one port, SQLite locally and SharePoint lists in production.
/// Every save is versioned (SaveResult): a stale save gets Conflict and changes nothing.
public interface IRequestStore
{
    Task<InformationRequest?> GetAsync(string id, CancellationToken ct);

    Task<InformationRequest?> FindAsync(RequestNumber number, CancellationToken ct);

    /// Every request, drafts included, newest first (by creation). A network raises a few dozen a year.
    Task<IReadOnlyList<InformationRequest>> ListAsync(CancellationToken ct);

    /// Adds a request (Version null; Duplicate when its id or number is taken) or updates it if unchanged since read.
    Task<SaveResult> SaveAsync(InformationRequest request, CancellationToken ct);

    /// The request's number for the year: the same one each time for the same request id, otherwise the year's highest
    /// plus one, taken atomically, so two requests sent at the same moment never share a number and none is skipped.
    /// Call it only once the request passed its checks, just before saving it as sent.
    Task<RequestNumber> ReserveNumberAsync(string requestId, int year, CancellationToken ct);

    Task<StateAnswer?> GetAnswerAsync(RequestNumber request, StateCode stateCode, CancellationToken ct);

    /// Every state's answer to the request (drafts included), in state-code order.
    Task<IReadOnlyList<StateAnswer>> ListAnswersAsync(RequestNumber request, CancellationToken ct);

    /// Adds the state's answer (StoreVersion null; Conflict when one exists already) or updates it if unchanged since read.
    Task<SaveResult> SaveAnswerAsync(StateAnswer answer, CancellationToken ct);
}
