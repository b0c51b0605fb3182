import type { Command } from 'commander';
import { createUser } from '@lens/core';
import { withStore } from '../open-store';
import { deps } from '../deps';
import { readSecret } from '../read-secret';

export function registerUsers(program: Command): void {
  const users = program.command('users').description('Manage users');
  users
    .command('create')
    .description('Create a user (the first admin comes from here or from the setup token)')
    .requiredOption('--username <name>', 'lower-case letters, digits, dot, underscore or hyphen')
    .requiredOption('--role <role>', 'admin, analyst, monitor or viewer')
    .option(
      '--password <password>',
      'the password (prompted for, hidden, when omitted; read from standard input when not a terminal)',
    )
    .action(async (opts: { username: string; role: string; password?: string }) => {
      const password = opts.password ?? (await readSecret('Password: '));
      const user = await withStore((store) =>
        createUser(
          deps(store),
          { username: opts.username, role: opts.role, password },
          undefined,
          'command line',
        ),
      );
      console.log(`Created ${user.role} "${user.username}" (id ${user.id})`);
    });
}
