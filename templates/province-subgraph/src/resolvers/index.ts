import { Municipality, Organization } from './extended-entities';
import { __PASCAL__Item } from './item';
import { Query } from './query';

export const resolvers = { Query, __PASCAL__Item, Organization, Municipality };
