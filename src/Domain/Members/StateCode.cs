using System.Diagnostics.CodeAnalysis;

namespace FocalBot.Domain.Members;

/// A member state's code as the network writes it: "FR", "DE". Text from people, CSV files and stores is trimmed and
/// upper-cased once, here, so two codes are equal exactly when their text is (ordinal), a code works as a key, and it
/// prints as the code. Whether it names a member state of the Council of Europe is a separate question
/// (MemberStates.Find): an unknown code is still a code, so the rules can say which one is unknown.
public sealed record StateCode : IComparable<StateCode>
{
    StateCode(string value) => Value = value;

    /// The code: trimmed, upper case, never empty.
    public string Value { get; }

    public bool IsMemberState => MemberStates.Find(this) is not null;

    /// A code from text a person, a file or a store gave: false when it holds nothing but spaces.
    public static bool TryParse([NotNullWhen(true)] string? text, [NotNullWhen(true)] out StateCode? code)
    {
        code = string.IsNullOrWhiteSpace(text) ? null : new StateCode(text.Trim().ToUpperInvariant());
        return code is not null;
    }

    /// The code, or null for blank text: for optional fields, where no state is a valid answer.
    public static StateCode? ParseOptional(string? text) => TryParse(text, out var code) ? code : null;

    public static StateCode Parse(string text) =>
        TryParse(text, out var code) ? code : throw new FormatException("A state code needs at least one letter.");

    /// For codes written in the code itself ("FR" in samples and tests): text that comes from outside goes through
    /// TryParse, whose failure the caller turns into a message.
    public static implicit operator StateCode(string code) => Parse(code);

    public bool Equals(StateCode? other) => other is not null && string.Equals(Value, other.Value, StringComparison.Ordinal);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    public int CompareTo(StateCode? other) => other is null ? 1 : string.CompareOrdinal(Value, other.Value);

    public override string ToString() => Value;
}
