using Marketplace.Web.Features.Catalog.PublicCode;

namespace Marketplace.Tests.Catalog.PublicCode;

public sealed class SpdxExpressionTests
{
    [Theory]
    [InlineData("MIT")]
    [InlineData("MIT OR Apache-2.0")]
    [InlineData("GPL-2.0-only WITH Classpath-exception-2.0")]
    [InlineData("(MIT AND BSD-3-Clause)")]
    [InlineData("AGPL-3.0-or-later")]
    [InlineData("EUPL-1.2 OR (MIT AND Apache-2.0)")]
    [InlineData("GPL-2.0+")]
    [InlineData("GPL-2.0")]
    [InlineData("LicenseRef-Pemda-Jateng")]
    [InlineData("mit")] // SPDX 2.3 annex D: identifiers match without regard to case
    public void Valid_expressions_are_accepted(string expression) => Assert.True(SpdxExpression.IsValid(expression));

    [Theory]
    [InlineData("MIT OR")]
    [InlineData("Foo-1.0")]
    [InlineData("")]
    [InlineData("Invalid License")]
    [InlineData("MIT or Apache-2.0")] // operators are upper case
    [InlineData("(MIT AND BSD-3-Clause")]
    [InlineData("MIT WITH MIT")]
    [InlineData("GPL-2.0-only WITH")]
    [InlineData("MIT AND AND Apache-2.0")]
    public void Invalid_expressions_are_rejected(string expression) => Assert.False(SpdxExpression.IsValid(expression));
}
