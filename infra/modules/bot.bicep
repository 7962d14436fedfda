// Azure Bot registration whose identity is the user-assigned managed identity (no secret),
// with its messaging endpoint on the web app and the Microsoft Teams channel.

@description('Globally unique bot handle.')
param name string

@description('Name shown for the bot in the Azure portal.')
param displayName string

@description('Bot service SKU: F0 (free) or S1. The Teams channel is a standard channel, free on both.')
param sku string

@description('Messaging endpoint, https://<web app host>/api/messages.')
param endpoint string

@description('Resource id of the user-assigned managed identity that is the bot identity.')
param identityId string

@description('Client id of that identity: the bot app id.')
param identityClientId string

@description('Entra tenant of that identity.')
param tenantId string

@description('Tags applied to every resource.')
param tags object

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: name
  location: 'global'
  tags: tags
  kind: 'azurebot'
  sku: {
    name: sku
  }
  properties: {
    displayName: displayName
    endpoint: endpoint
    msaAppType: 'UserAssignedMSI'
    msaAppId: identityClientId
    msaAppTenantId: tenantId
    msaAppMSIResourceId: identityId
  }
}

resource teams 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
    }
  }
}

output id string = bot.id
output name string = bot.name
