using FocalBot.Domain.Members;
using FocalBot.Domain.Shared;

namespace FocalBot.Domain.Tests.Members;

public sealed class MemberCsvTests
{
    const string Header = "name,role,state,lead,organisation,title,email,phone,language,aadObjectId,tenantId";

    [Fact]
    public void A_full_row_is_read_into_typed_cells()
    {
        var file = MemberCsv.Parse($"{Header}\nÉlise Moreau,focal point,FR,yes,Ministère de l’Intérieur,Cheffe,elise@interieur.gouv.fr,+33 1 23 45 67 89,fr,C1D3F9A2-4B57-4E0F-9A1D-2F6B8E3C7A45,6b1c8a52-6bd2-4e6c-9d26-3c4f2e6a8d10\n");

        var row = Assert.Single(file.Rows);
        Assert.True(file.IsReadable);
        Assert.Equal((2, "Élise Moreau", MemberRole.FocalPoint, "FR", true), (row.Row, row.Name, row.Role, row.State, row.Lead));
        Assert.Equal(("elise@interieur.gouv.fr", "+33 1 23 45 67 89", Language.Fr), (row.Email, row.Phone, row.Language));
        Assert.Equal("C1D3F9A2-4B57-4E0F-9A1D-2F6B8E3C7A45", row.AadObjectId);
        Assert.Empty(row.Issues);
    }

    [Fact]
    public void Quoted_fields_keep_separators_quotes_and_line_breaks()
    {
        var file = MemberCsv.Parse("name,role,state,organisation,email\r\n\"Weber, Jonas\",focal point,DE,\"Bundesministerium \"\"BMI\"\"\r\nReferat M1\",jonas@bmi.example\r\nGiulia Rossi,focal point,IT,,giulia@interno.example\r\n");

        Assert.Equal(2, file.Rows.Count);
        Assert.Equal("Weber, Jonas", file.Rows[0].Name);
        Assert.Equal("Bundesministerium \"BMI\"\r\nReferat M1", file.Rows[0].Organisation);
        Assert.Equal(3, file.Rows[1].Row);   // as a spreadsheet counts: the line break inside quotes does not make a row
        Assert.Null(file.Rows[1].Organisation);
    }

    [Fact]
    public void Semicolons_work_as_French_spreadsheets_write_them()
    {
        var file = MemberCsv.Parse("name;role;state;email\nLuc Peeters;Point de contact;Belgique;luc@ibz.example\n");

        var row = Assert.Single(file.Rows);
        Assert.Equal(("Luc Peeters", MemberRole.FocalPoint, "BE"), (row.Name, row.Role, row.State));
    }

    [Fact]
    public void A_byte_order_mark_and_header_case_do_not_matter()
    {
        var file = MemberCsv.Parse("\uFEFFName;Role;E-mail;AadObjectId\nAna Costa;Experte;ana@ulisboa.example;\n");

        var row = Assert.Single(file.Rows);
        Assert.True(file.IsReadable, string.Join(", ", file.Issues));
        Assert.Equal((MemberRole.Expert, "ana@ulisboa.example", null), (row.Role, row.Email, row.AadObjectId));
    }

    [Fact]
    public void A_file_without_header_is_refused_whole()
    {
        var file = MemberCsv.Parse("Élise Moreau,focal point,FR,yes\nJonas Weber,focal point,DE,no\n");

        Assert.Equal([new CsvIssue(CsvProblem.HeaderMissing)], file.Issues);
        Assert.Empty(file.Rows);
    }

    [Fact]
    public void Unknown_missing_and_repeated_columns_are_named()
    {
        var file = MemberCsv.Parse("name,rank,email,email\nÉlise,1,e@x.org,e@x.org\n");

        Assert.Contains(new CsvIssue(CsvProblem.ColumnUnknown, "rank"), file.Issues);
        Assert.Contains(new CsvIssue(CsvProblem.ColumnTwice, "email"), file.Issues);
        Assert.Contains(new CsvIssue(CsvProblem.ColumnMissing, "role"), file.Issues);
    }

    [Fact]
    public void Unknown_role_lead_or_language_refuses_only_that_row()
    {
        var file = MemberCsv.Parse("name,role,lead,language,email\nA,boss,,,a@x.org\nB,office,maybe,de,b@x.org\nC,office,,,c@x.org\n");

        Assert.True(file.IsReadable);
        Assert.Equal([new CsvIssue(CsvProblem.RoleUnknown, "boss")], file.Rows[0].Issues);
        Assert.Equal([new CsvIssue(CsvProblem.LeadUnknown, "maybe"), new CsvIssue(CsvProblem.LanguageUnknown, "de")], file.Rows[1].Issues);
        Assert.Empty(file.Rows[2].Issues);
    }

    [Fact]
    public void A_row_with_more_cells_than_columns_is_refused_but_missing_trailing_cells_are_fine()
    {
        var file = MemberCsv.Parse("name,role,email\nA,office,a@x.org,extra\nB,office\n");

        Assert.Equal(CsvProblem.FieldCount, Assert.Single(file.Rows[0].Issues).Problem);
        Assert.Empty(file.Rows[1].Issues);
    }

    [Fact]
    public void Blank_lines_are_skipped_and_an_unclosed_quote_refuses_the_file()
    {
        Assert.Single(MemberCsv.Parse("\n\nname,role,email\n\nA,office,a@x.org\n\n").Rows);
        Assert.Equal(CsvProblem.QuoteNotClosed, Assert.Single(MemberCsv.Parse("name,role,email\n\"A,office,a@x.org\n").Issues).Problem);
        Assert.Equal(CsvProblem.Empty, Assert.Single(MemberCsv.Parse("\uFEFF  \n").Issues).Problem);
    }

    [Fact]
    public void Too_many_rows_refuse_the_file()
    {
        var rows = string.Concat(Enumerable.Range(0, MemberCsv.MaxRows + 1).Select(i => $"M{i},office,m{i}@x.org\n"));

        Assert.Equal(CsvProblem.TooManyRows, Assert.Single(MemberCsv.Parse("name,role,email\n" + rows).Issues).Problem);
    }

    [Theory]
    [InlineData("Focal Point", MemberRole.FocalPoint)]
    [InlineData("point de contact", MemberRole.FocalPoint)]
    [InlineData("Secrétariat", MemberRole.Office)]
    [InlineData("OFFICE", MemberRole.Office)]
    [InlineData("expert invité", MemberRole.Expert)]
    public void Roles_are_read_in_English_or_French(string text, MemberRole role) => Assert.Equal(role, MemberCsv.ParseRole(text));

    [Theory]
    [InlineData("fr", "FR")]
    [InlineData("Allemagne", "DE")]
    [InlineData("republique de moldova", "MD")]
    [InlineData("Türkiye", "TR")]
    public void States_are_read_by_code_or_name(string text, string code) => Assert.Equal(code, MemberCsv.FindState(text)?.Code);
}
