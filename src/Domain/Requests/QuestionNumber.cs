using System.Globalization;

namespace FocalBot.Domain.Requests;

/// A question's number within its request, 1 to n: its position, so the numbering has no gaps by construction.
public readonly record struct QuestionNumber : IComparable<QuestionNumber>
{
    public QuestionNumber(int value)
    {
        // A number below 1 is a bug in the caller, not a user's mistake: cards only offer existing questions.
        ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
        Value = value;
    }

    public int Value { get; }

    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture);

    public int CompareTo(QuestionNumber other) => Value.CompareTo(other.Value);
}
