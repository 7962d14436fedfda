// FocalBot in one resource group: a Linux web app (.NET 10) running the bot as a user-assigned
// managed identity, the Azure Bot registration with the Teams channel, Log Analytics and
// Application Insights. The bot keeps its data (and its job lease) in SharePoint lists, or in
// SQLite on the web app's /home share.
//
//   az deployment group create --resource-group <rg> --parameters infra/main.bicepparam

targetScope = 'resourceGroup'

@description('Azure region of the regional resources (the bot registration is global).')
param location string = resourceGroup().location

@description('Short name that prefixes every resource name (lowercase letters, digits and hyphens).')
@minLength(2)
@maxLength(12)
param appName string = 'focalbot'

@description('App Service plan SKU; Always On needs Basic (B1) or above.')
@allowed([
  'B1'
  'B2'
  'B3'
  'S1'
  'P0v3'
  'P1v3'
])
param appServiceSku string = 'B1'

@description('Azure Bot SKU: F0 (free) or S1.')
@allowed([
  'F0'
  'S1'
])
param botSku string = 'F0'

@description('Where the bot keeps its data: SharePoint (Microsoft Lists through Graph) or Sqlite (a file on the app\'s /home share).')
@allowed([
  'SharePoint'
  'Sqlite'
])
param storageKind string = 'SharePoint'

@description('Graph id of the SharePoint site holding the lists (host,site-guid,web-guid). The app refuses to start without it when storageKind is SharePoint.')
param sharePointSiteId string = ''

@description('Tenant ids whose activities the bot handles: the network\'s host tenant, where guests appear too. Empty: the tenant of this deployment.')
param allowedTenants array = []

@description('Conversation id (19:...@thread.tacv2) of the network\'s channel, where requests and convocations are posted. Empty: the channel chosen when the bot is installed in the network\'s team.')
param networkChannelId string = ''

@description('Days Log Analytics keeps data.')
@minValue(30)
@maxValue(730)
param logRetentionInDays int = 90

@description('Tags applied to every resource.')
param tags object = {
  application: 'FocalBot'
}

// Names that must be unique across Azure get a suffix stable for this resource group.
var suffix = uniqueString(resourceGroup().id)
var webAppName = '${appName}-${suffix}'

resource botIdentity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: '${appName}-bot-identity'
  location: location
  tags: tags
}

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  params: {
    location: location
    namePrefix: appName
    retentionInDays: logRetentionInDays
    tags: tags
  }
}

module webApp 'modules/webapp.bicep' = {
  name: 'webApp'
  params: {
    location: location
    namePrefix: appName
    webAppName: webAppName
    skuName: appServiceSku
    identityId: botIdentity.id
    identityClientId: botIdentity.properties.clientId
    tenantId: botIdentity.properties.tenantId
    insightsConnectionString: monitoring.outputs.insightsConnectionString
    storageKind: storageKind
    sharePointSiteId: sharePointSiteId
    // Never "every tenant" in Azure: by default only the tenant the bot is deployed in.
    allowedTenants: empty(allowedTenants) ? [botIdentity.properties.tenantId] : allowedTenants
    networkChannelId: networkChannelId
    tags: tags
  }
}

module bot 'modules/bot.bicep' = {
  name: 'bot'
  params: {
    name: '${appName}-${suffix}'
    displayName: 'FocalBot'
    sku: botSku
    endpoint: 'https://${webApp.outputs.defaultHostName}/api/messages'
    identityId: botIdentity.id
    identityClientId: botIdentity.properties.clientId
    tenantId: botIdentity.properties.tenantId
    tags: tags
  }
}

@description('The bot app id (the identity\'s client id): pass it to manifest/pack.sh as BOT_APP_ID.')
output botAppId string = botIdentity.properties.clientId

@description('Entra tenant of the bot identity.')
output tenantId string = botIdentity.properties.tenantId

@description('Resource id of the bot identity.')
output botIdentityId string = botIdentity.id

@description('Principal (object) id of the bot identity, for Graph permissions on the SharePoint site.')
output botIdentityPrincipalId string = botIdentity.properties.principalId

@description('Name of the web app, for az webapp deploy.')
output webAppName string = webApp.outputs.name

@description('The bot\'s messaging endpoint.')
output messagingEndpoint string = 'https://${webApp.outputs.defaultHostName}/api/messages'

@description('Resource id of the Azure Bot.')
output botId string = bot.outputs.id

@description('Resource id of Application Insights.')
output applicationInsightsId string = monitoring.outputs.insightsId

@description('Resource id of the Log Analytics workspace.')
output logAnalyticsWorkspaceId string = monitoring.outputs.workspaceId
