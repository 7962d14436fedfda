using Microsoft.Graph.Models;

namespace FocalBot.Bot.Storage.SharePoint;

/// The kinds of column the stores use. No person or lookup columns: app-only Graph cannot resolve a guest who never
/// visited the site into the site's user list, so people are stored by Entra object id and e-mail, as text.
public enum ColumnKind { Text, MultilineText, DateTime, Boolean, Choice }

/// One column of a list, by its internal name (ASCII, no spaces: it is the key in an item's "fields").
public sealed record ColumnSpec(string Name, string DisplayName, ColumnKind Kind)
{
    /// A single line of text holds at most 255 characters in SharePoint.
    public const int MaxSingleLine = 255;

    /// Set on every column a store filters on: SharePoint refuses a filter on a non-indexed column.
    public bool Indexed { get; init; }

    /// SharePoint enforces it only on an indexed column; a duplicate write fails with 409.
    public bool Unique { get; init; }

    public int MaxLength { get; init; } = MaxSingleLine;

    public IReadOnlyList<string> Choices { get; init; } = [];

    public static ColumnSpec Text(string name, string displayName, int maxLength = MaxSingleLine) =>
        new(name, displayName, ColumnKind.Text) { MaxLength = Math.Min(maxLength, MaxSingleLine) };

    public static ColumnSpec Multiline(string name, string displayName) => new(name, displayName, ColumnKind.MultilineText);

    /// An instant in UTC; SharePoint keeps whole seconds.
    public static ColumnSpec Instant(string name, string displayName) => new(name, displayName, ColumnKind.DateTime);

    public static ColumnSpec Flag(string name, string displayName) => new(name, displayName, ColumnKind.Boolean);

    public static ColumnSpec Choice<TEnum>(string name, string displayName) where TEnum : struct, Enum =>
        Choice(name, displayName, Enum.GetNames<TEnum>());

    public static ColumnSpec Choice(string name, string displayName, IReadOnlyList<string> choices) =>
        new(name, displayName, ColumnKind.Choice) { Choices = choices };

    public ColumnSpec Filtered() => this with { Indexed = true };

    public ColumnSpec Key() => this with { Indexed = true, Unique = true };

    /// The Graph columnDefinition that creates this column.
    public ColumnDefinition ToGraph() => new()
    {
        Name = Name,
        DisplayName = DisplayName,
        Indexed = Indexed,
        EnforceUniqueValues = Unique,
        Text = Kind switch
        {
            ColumnKind.Text => new TextColumn { AllowMultipleLines = false, MaxLength = MaxLength },
            ColumnKind.MultilineText => new TextColumn { AllowMultipleLines = true, TextType = "plain", LinesForEditing = 6 },
            _ => null,
        },
        DateTime = Kind == ColumnKind.DateTime ? new DateTimeColumn { Format = "dateTime", DisplayAs = "standard" } : null,
        Boolean = Kind == ColumnKind.Boolean ? new BooleanColumn() : null,
        Choice = Kind == ColumnKind.Choice ? new ChoiceColumn { Choices = [.. Choices], AllowTextEntry = false, DisplayAs = "dropDownMenu" } : null,
    };
}

/// A list the bot owns: its name after the configured prefix, and its columns besides the built-in Title.
public sealed record ListSpec(string Name, string Description, IReadOnlyList<ColumnSpec> Columns)
{
    /// SharePoint allows at most 20 indexed columns per list.
    public const int MaxIndexes = 20;

    public string DisplayName(string prefix) => $"{prefix} {Name}";
}
