using FocalBot.Domain.Requests;

namespace FocalBot.Domain.Tests.Requests;

/// Documents for tests: a PDF added on Tuesday 10 March 2026.
static class AnAnnex
{
    public static readonly DateTimeOffset At = new(2026, 3, 10, 9, 0, 0, TimeSpan.Zero);

    public static Annex Pdf(string id = "u1", int? question = null, string by = "m-elise") => new()
    {
        Id = id, Name = "Loi 2024-42.pdf", ContentType = "application/pdf", Length = 120_000, FileId = $"file-{id}",
        FileUrl = $"https://contoso.sharepoint.com/sites/network/Compilations/{id}/Loi%202024-42.pdf",
        Question = question is { } q ? new QuestionNumber(q) : null, AddedBy = by, AddedAt = At,
    };
}
