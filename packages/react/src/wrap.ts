/**
 * How every wrapper is made: `@lit/react`'s `createComponent`, with the event props derived from
 * the elements' own event classes (each names its type in a static `eventName`, and its detail is
 * the class's), and the props typed from the element's public, writable, non-method members.
 * Nothing here is retyped by hand: a new property or event class of an element reaches React users
 * from the element's own declaration.
 */
import { createComponent, type EventName } from '@lit/react';
import type { BalanseElement } from '@balanse/components';
import * as React from 'react';

/** An event class of an element: its instances are the events, `eventName` their type. */
export interface EventClass<E extends Event = Event> {
  readonly eventName: string;
  new (...args: never[]): E;
}

/** `balanse-sellers-change` → `BalanseSellersChange`. */
type Pascal<S extends string> = S extends `${infer Head}-${infer Tail}`
  ? `${Capitalize<Head>}${Pascal<Tail>}`
  : Capitalize<S>;

/** The React prop that listens to an event: `balanse-submit` → `onBalanseSubmit`, `change` → `onChange`. */
export type HandlerName<Name extends string> = `on${Pascal<Name>}`;

/** The event props of a wrapper: handler name → the event its handler receives. */
export type EventProps<Classes extends readonly EventClass[], Native extends string> = {
  [C in Classes[number] as HandlerName<C['eventName']>]: InstanceType<C>;
} & { [N in Native as HandlerName<N>]: Event };

type IfEquals<X, Y, Then, Else> = (<T>() => T extends X ? 1 : 2) extends <T>() => T extends Y ? 1 : 2 ? Then : Else;
/** The keys of `T` that can be assigned (not `readonly`, not a getter without a setter). */
type WritableKeys<T> = {
  [K in keyof T]-?: IfEquals<{ [Q in K]: T[K] }, { -readonly [Q in K]: T[K] }, K, never>;
}[keyof T];

/**
 * The properties a wrapper passes to its element: the element's own public members that can be
 * set and are not methods; `HTMLElement`'s and Lit's members are left to React's usual attributes.
 */
export type ElementProps<I> = {
  [
    K in Exclude<WritableKeys<I>, keyof BalanseElement> as I[K] extends (...args: never[]) => unknown ? never : K
  ]?: I[K];
};

/** The props of a wrapper: HTML attributes, the element's properties and its event handlers. */
export type WrapperProps<I extends HTMLElement, E extends Record<string, Event>> = Omit<
  React.HTMLAttributes<I>,
  keyof ElementProps<I> | keyof E
> &
  ElementProps<I> & { [K in keyof E]?: (event: E[K]) => void };

/** A wrapper: a React component whose `ref` is the element itself. */
export type BalanseComponent<I extends HTMLElement, E extends Record<string, Event>> = React.ForwardRefExoticComponent<
  WrapperProps<I, E> & React.RefAttributes<I>
>;

/** The `on…` prop name of an event type, as `HandlerName` spells it. */
export const handlerName = (eventName: string): string =>
  `on${eventName
    .split('-')
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('')}`;

export interface WrapOptions<I extends HTMLElement, Classes extends readonly EventClass[], Native extends string> {
  tagName: string;
  elementClass: new () => I;
  /** The element's `balanse-*` event classes. */
  events: Classes;
  /** Plain DOM events the element fires (`change`, `input`). */
  nativeEvents?: readonly Native[];
  displayName: string;
}

/** Makes the React component of one element. */
export function wrap<
  I extends HTMLElement,
  const Classes extends readonly EventClass[],
  const Native extends string = never,
>(options: WrapOptions<I, Classes, Native>): BalanseComponent<I, EventProps<Classes, Native>> {
  const names = [...options.events.map((c) => c.eventName), ...(options.nativeEvents ?? [])];
  const events = Object.fromEntries(names.map((name) => [handlerName(name), name as EventName]));
  return createComponent({
    react: React,
    tagName: options.tagName,
    elementClass: options.elementClass,
    events,
    displayName: options.displayName,
  }) as unknown as BalanseComponent<I, EventProps<Classes, Native>>;
}
