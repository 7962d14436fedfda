using FocalBot.Bot.Exports;

namespace FocalBot.Bot.Tests.Exports;

public sealed class WorkbookWriterTests
{
    [Theory]
    [InlineData(0, "A")]
    [InlineData(25, "Z")]
    [InlineData(26, "AA")]
    [InlineData(27, "AB")]
    [InlineData(701, "ZZ")]
    [InlineData(702, "AAA")]
    public void Columns_are_named_as_Excel_names_them(int index, string name) => Assert.Equal(name, WorkbookWriter.ColumnName(index));
}
