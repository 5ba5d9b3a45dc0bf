using Marketplace.Web.Features.Catalog.PublicCode;

namespace Marketplace.Web.Features.Catalog;

/// <summary>Licences are checked against the SPDX license and exception lists, the same check publiccode.yml imports get.</summary>
internal sealed class SpdxLicenseCheck : ILicenseCheck
{
    public bool IsValid(string expression) => SpdxExpression.IsValid(expression);
}
