namespace FocalBot.Domain.Shared;

/// The result of a user's action: the changed record, or the reason it was refused and nothing changed. Refusals are
/// values, not exceptions, so the bot answers them in the user's language.
public sealed record Outcome<T, TRefusal>(T? Value, TRefusal? Refusal) where T : class where TRefusal : struct, Enum
{
    public bool IsAccepted => Refusal is null;

    public static Outcome<T, TRefusal> Accept(T value) => new(value, null);

    public static Outcome<T, TRefusal> Refuse(TRefusal refusal) => new(null, refusal);
}
