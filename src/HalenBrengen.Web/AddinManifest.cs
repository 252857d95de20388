using System.Security;

namespace HalenBrengen.Web;

/// <summary>
/// The add-in only (XML) manifest of the task pane for Excel (Workbook) and PowerPoint (Presentation),
/// pointing at the site's address (a sub-path such as https://host/halenbrengen/ is fine). Elements follow the order the OfficeApp schema requires ([MS-OWEMXML] 2.2);
/// Office refuses a manifest whose elements are out of order.
/// </summary>
public static class AddinManifest
{
    /// <summary>Fixed, so a sideloaded add-in stays the same add-in across restarts.</summary>
    public const string Id = "6f1b8f2e-3c1e-4b8f-9d2a-5e7c4a1b9d30";

    public static string Xml(Uri address)
    {
        var a = SecurityElement.Escape(Site.Address(address).AbsoluteUri);
        var o = SecurityElement.Escape(address.GetLeftPart(UriPartial.Authority));
        return $"""
            <?xml version="1.0" encoding="UTF-8"?>
            <OfficeApp xmlns="http://schemas.microsoft.com/office/appforoffice/1.1"
                       xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                       xmlns:bt="http://schemas.microsoft.com/office/officeappbasictypes/1.0"
                       xsi:type="TaskPaneApp">
              <Id>{Id}</Id>
              <Version>1.0.0.0</Version>
              <ProviderName>HalenBrengen.Office</ProviderName>
              <DefaultLocale>nl-NL</DefaultLocale>
              <DisplayName DefaultValue="HalenBrengen" />
              <Description DefaultValue="{SecurityElement.Escape(Words.Nl.Page.AddinDescription)}" />
              <IconUrl DefaultValue="{a}icon-32.png" />
              <HighResolutionIconUrl DefaultValue="{a}icon-80.png" />
              <SupportUrl DefaultValue="{a}" />
              <AppDomains>
                <AppDomain>{o}</AppDomain>
              </AppDomains>
              <Hosts>
                <Host Name="Workbook" />
                <Host Name="Presentation" />
              </Hosts>
              <DefaultSettings>
                <SourceLocation DefaultValue="{a}taskpane.html" />
              </DefaultSettings>
              <Permissions>ReadWriteDocument</Permissions>
            </OfficeApp>
            """;
    }
}
