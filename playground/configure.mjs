// Writes one Agents Playground configuration per person of the demo network (network.json), each acting as that
// person: the Playground cannot switch users, so trying FocalBot as a focal point means a Playground of their own.
//   node configure.mjs <folder> [base port]
// writes <folder>/<key>.yml for every person (JSON, which is YAML) and prints one tab-separated line per person:
//   key  port  name  role  language  personal chat id
// the ports being consecutive from the base port (default 56150), in the order of network.json.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

const [folder, base = '56150'] = process.argv.slice(2);
const first = Number(base);
if (!folder || !Number.isInteger(first) || first < 1 || first > 65535) {
  console.error('usage: node configure.mjs <folder> [base port]');
  process.exit(2);
}

const network = JSON.parse(readFileSync(new URL('./network.json', import.meta.url), 'utf8'));
const roles = { Office: 'SRSG office', FocalPoint: 'focal point', Expert: 'expert' };
const personalChat = person => `a:demo-personal-${person.key}`;

// A Playground's user, in its schema's words (sic: userPrincipleName).
function user(person) {
  const [givenName, ...rest] = person.name.split(' ');
  return { id: person.id, name: person.name, userPrincipleName: person.email, aadObjectId: person.aadObjectId, givenName, surname: rest.join(' '), email: person.email };
}

mkdirSync(folder, { recursive: true });
network.people.forEach((person, i) => {
  const port = first + i;
  if (port > 65535) throw new Error(`No port left for ${person.key} above ${first}.`);
  const config = {
    version: '0.1.1',
    tenantId: network.tenantId,
    bot: network.bot,
    currentUser: user(person),
    users: network.people.filter(p => p !== person).map(user),   // the other five: the schema wants exactly 5
    personalChat: { id: personalChat(person) },
    groupChat: network.groupChat,
    team: network.team,
  };
  writeFileSync(join(folder, `${person.key}.yml`), JSON.stringify(config, null, 2) + '\n');
  const role = roles[person.role] + (person.state ? ` (${person.state})` : '');
  console.log([person.key, port, person.name, role, person.language, personalChat(person)].join('\t'));
});
