namespace FocalBot.Domain.Requests;

/// A document attached to a state's answer (to one question, or to the whole answer) or, by the office, to a request
/// as a background document. The file itself is in the export store: FileId is the store's key for it and FileUrl its
/// page there (SharePoint; null for a local file). Name is the file's name as sent, sanitised; Id is the upload's,
/// so pressing Attach twice records one annex.
public sealed record Annex
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public required string ContentType { get; init; }
    public required long Length { get; init; }
    public required string FileId { get; init; }
    public string? FileUrl { get; init; }
    /// The question it belongs to; null for the whole answer, and for a background document.
    public QuestionNumber? Question { get; init; }
    public required string AddedBy { get; init; }
    public required DateTimeOffset AddedAt { get; init; }
}

/// Why a document was not attached or removed; nothing changed.
public enum AnnexRefusal
{
    /// Only the state's active focal points annex its answer; only the office adds background documents.
    NotAllowed,
    StateNotAsked,
    /// The request is not sent yet (an answer), or no longer takes documents (a proposal, a declined request).
    NotOpen,
    Closed,
    /// Late answers are refused by configuration, and so are late annexes.
    DeadlinePassed,
    UnknownQuestion,
    /// An answer or a request holds at most Annexing.MaxAnnexes documents.
    TooMany,
    /// No such annex (removed already by a colleague, or never there).
    NotFound,
}
