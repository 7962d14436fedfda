using System.Globalization;

namespace FocalBot.Domain.Requests;

/// A request's number: the year and its place in that year, printed "2026/07". People quote it in e-mails and
/// reports, so it is short, sorts by year then sequence, and parses back from what they type.
public readonly record struct RequestNumber(int Year, int Sequence) : IComparable<RequestNumber>
{
    /// The number after the highest one of the year: never reuses a number (a deleted request's number stays taken,
    /// or two documents would quote the same one), and starts at 1 each January.
    public static RequestNumber Next(int year, IEnumerable<RequestNumber> existing) =>
        new(year, existing.Where(n => n.Year == year).Select(n => n.Sequence).DefaultIfEmpty(0).Max() + 1);

    public static bool TryParse(string? text, out RequestNumber number)
    {
        number = default;
        var parts = text?.Trim().Split('/');
        if (parts is not [var year, var sequence]) return false;
        if (!int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var y) || y is < 2000 or > 9999) return false;
        if (!int.TryParse(sequence, NumberStyles.None, CultureInfo.InvariantCulture, out var s) || s < 1) return false;
        number = new RequestNumber(y, s);
        return true;
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Year}/{Sequence:00}");

    public int CompareTo(RequestNumber other) => (Year, Sequence).CompareTo((other.Year, other.Sequence));

    public static bool operator <(RequestNumber a, RequestNumber b) => a.CompareTo(b) < 0;
    public static bool operator >(RequestNumber a, RequestNumber b) => a.CompareTo(b) > 0;
    public static bool operator <=(RequestNumber a, RequestNumber b) => a.CompareTo(b) <= 0;
    public static bool operator >=(RequestNumber a, RequestNumber b) => a.CompareTo(b) >= 0;
}
