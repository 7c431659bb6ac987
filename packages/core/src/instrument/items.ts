/**
 * The 40 items of the built-in Balanse instrument (§8.1–§8.4, §8.12), each worded for
 * the team form (`text`) and the leader's self form (`selfText`) in nb, nn, sv and en.
 *
 * Layout:
 * - **Fixed order for everyone** (§8.4), so answers compare across teams and waves. Never reorder,
 *   renumber or re-use an id: `q01`…`q40` are the keys of stored answers.
 * - **Scales cycle R, S, A, T, D**: item N belongs to `SCALES[(N - 1) % 5]` (relation, system,
 *   administration, safety, standard). With pages of 8, every page mixes all 5 scales and no two
 *   adjacent items share a scale, including across page breaks (§8.4). 8 items per scale (§8.1).
 * - **Characteristics** (§8.12): 16 items also feed one of the four item-built characteristics,
 *   4 items each, at most one per item. `safetyAndStandard` is min(T, D) and tags no item.
 * - **No reverse keying** (§8.3): every item is positively worded, so agreement means more of the
 *   construct. Hence no `reverse` keys.
 *
 * Wording rules (§8.1), enforced by `items.test.ts`:
 * - one behaviour or climate facet per item, concrete to a sales team, 8–15 words in every locale;
 * - no negations and no always/never absolutes;
 * - the same referent pattern in every locale:
 *   - team form, R/S/A: the leader ("My leader" / "Lederen min" / "Leiaren min" / "Min chef");
 *   - team form, T/D: the team ("In our team" / "I teamet vårt" / "I teamet vårt" / "I vårt team");
 *   - self form, R/S/A: the leader in first person ("I" / "Jeg" / "Eg" / "Jag");
 *   - self form, T/D: how the leader believes the team experiences it ("I believe my team" /
 *     "Jeg tror teamet mitt" / "Eg trur teamet mitt" / "Jag tror att mitt team").
 *
 * Every sentence is written for Balanse. Edmondson's scale, COPSOQ and QPSNordic guided which
 * facets to cover, not the wording. The recall frame ("the last three months") lives in the
 * instructions, so items are in the plain present tense.
 */
import type { Item } from './schema.js';

export const BUILT_IN_ITEMS = [
  // ── Page 1 ──────────────────────────────────────────────────────────────────────────────────
  {
    id: 'q01',
    scale: 'relation',
    facet: 'sees the person, beyond the seller',
    text: {
      nb: 'Lederen min viser interesse for meg som person, utover salgstallene mine.',
      nn: 'Leiaren min viser interesse for meg som person, utover salstala mine.',
      sv: 'Min chef visar intresse för mig som person, utöver mina försäljningssiffror.',
      en: 'My leader shows interest in me as a person, beyond my sales figures.',
    },
    selfText: {
      nb: 'Jeg viser interesse for selgerne som personer, utover salgstallene deres.',
      nn: 'Eg viser interesse for seljarane som personar, utover salstala deira.',
      sv: 'Jag visar intresse för säljarna som personer, utöver deras försäljningssiffror.',
      en: 'I show interest in my sellers as people, beyond their sales figures.',
    },
  },
  {
    id: 'q02',
    scale: 'system',
    facet: 'sets clear expectations for results',
    characteristic: 'clearExpectations',
    text: {
      nb: 'Lederen min gjør det tydelig hvilke resultater som forventes av meg.',
      nn: 'Leiaren min gjer det tydeleg kva resultat eg er venta å levere.',
      sv: 'Min chef gör det tydligt vilka resultat som förväntas av mig.',
      en: 'My leader makes clear what results are expected of me.',
    },
    selfText: {
      nb: 'Jeg gjør det tydelig hvilke resultater jeg forventer av hver selger.',
      nn: 'Eg gjer det tydeleg kva resultat eg ventar av kvar seljar.',
      sv: 'Jag gör det tydligt vilka resultat jag förväntar mig av varje säljare.',
      en: 'I make clear what results I expect from each seller.',
    },
  },
  {
    id: 'q03',
    scale: 'administration',
    facet: 'overview: team status and key figures',
    text: {
      nb: 'Lederen min holder seg oppdatert på nøkkeltallene i teamet vårt.',
      nn: 'Leiaren min held seg oppdatert på nøkkeltala i teamet vårt.',
      sv: 'Min chef håller sig uppdaterad om nyckeltalen i vårt team.',
      en: "My leader keeps up to date with our team's key figures.",
    },
    selfText: {
      nb: 'Jeg holder meg oppdatert på nøkkeltallene i teamet mitt.',
      nn: 'Eg held meg oppdatert på nøkkeltala i teamet mitt.',
      sv: 'Jag håller mig uppdaterad om nyckeltalen i mitt team.',
      en: "I keep up to date with my team's key figures.",
    },
  },
  {
    id: 'q04',
    scale: 'safety',
    facet: 'mistakes are treated as learning (safe to take responsibility)',
    characteristic: 'personalAccountability',
    text: {
      nb: 'I teamet vårt ser vi på feil som noe vi kan lære av.',
      nn: 'I teamet vårt ser vi på feil som noko vi kan lære av.',
      sv: 'I vårt team behandlas misstag som något vi lär oss av.',
      en: 'In our team, mistakes are treated as something we learn from.',
    },
    selfText: {
      nb: 'Jeg tror teamet mitt ser på feil som noe å lære av.',
      nn: 'Eg trur teamet mitt ser på feil som noko å lære av.',
      sv: 'Jag tror att mitt team ser misstag som något att lära sig av.',
      en: 'I believe my team sees mistakes as something to learn from.',
    },
  },
  {
    id: 'q05',
    scale: 'standard',
    facet: 'high expectations for results',
    text: {
      nb: 'I teamet vårt er forventningene til salgsresultatene våre høye.',
      nn: 'I teamet vårt er forventningane til salsresultata våre høge.',
      sv: 'I vårt team är förväntningarna på våra försäljningsresultat höga.',
      en: 'In our team, the expectations for our sales results are high.',
    },
    selfText: {
      nb: 'Jeg tror teamet mitt opplever forventningene til salgsresultatene som høye.',
      nn: 'Eg trur teamet mitt opplever forventningane til salsresultata som høge.',
      sv: 'Jag tror att mitt team upplever förväntningarna på försäljningsresultaten som höga.',
      en: 'I believe my team feels the expectations for their sales results are high.',
    },
  },
  {
    id: 'q06',
    scale: 'relation',
    facet: 'inspires: explains why our work matters (meaning)',
    text: {
      nb: 'Lederen min forklarer hvorfor jobben vi gjør, betyr noe for kundene.',
      nn: 'Leiaren min forklarar kvifor jobben vi gjer, betyr noko for kundane.',
      sv: 'Min chef förklarar varför vårt arbete betyder något för kunderna.',
      en: 'My leader explains why our work matters to our customers.',
    },
    selfText: {
      nb: 'Jeg forklarer hvorfor jobben vi gjør, betyr noe for kundene.',
      nn: 'Eg forklarar kvifor jobben vi gjer, betyr noko for kundane.',
      sv: 'Jag förklarar varför vårt arbete betyder något för kunderna.',
      en: 'I explain why our work matters to our customers.',
    },
  },
  {
    id: 'q07',
    scale: 'system',
    facet: 'analyses results and patterns with us',
    text: {
      nb: 'Lederen min går gjennom salgsresultatene sammen med oss for å finne mønstre.',
      nn: 'Leiaren min går gjennom salsresultata saman med oss for å finne mønster.',
      sv: 'Min chef går igenom försäljningsresultaten tillsammans med oss för att hitta mönster.',
      en: 'My leader goes through our sales results with us to spot patterns.',
    },
    selfText: {
      nb: 'Jeg går gjennom salgsresultatene sammen med teamet for å finne mønstre.',
      nn: 'Eg går gjennom salsresultata saman med teamet for å finne mønster.',
      sv: 'Jag går igenom försäljningsresultaten tillsammans med teamet för att hitta mönster.',
      en: 'I go through our sales results with the team to spot patterns.',
    },
  },
  {
    id: 'q08',
    scale: 'administration',
    facet: 'information flow: changed expectations communicated in time',
    characteristic: 'clearExpectations',
    text: {
      nb: 'Lederen min gir beskjed i god tid når forventningene til oss endres.',
      nn: 'Leiaren min seier frå i god tid når forventningane til oss endrar seg.',
      sv: 'Min chef säger till i god tid när förväntningarna på oss ändras.',
      en: 'My leader lets us know in good time when expectations change.',
    },
    selfText: {
      nb: 'Jeg gir teamet beskjed i god tid når forventningene til dem endres.',
      nn: 'Eg seier frå til teamet i god tid når forventningane til dei endrar seg.',
      sv: 'Jag säger till teamet i god tid när förväntningarna på dem ändras.',
      en: 'I let the team know in good time when expectations change.',
    },
  },
  // ── Page 2 ──────────────────────────────────────────────────────────────────────────────────
  {
    id: 'q09',
    scale: 'safety',
    facet: 'can raise problems and tough issues',
    text: {
      nb: 'I teamet vårt kan vi ta opp vanskelige saker åpent.',
      nn: 'I teamet vårt kan vi ta opp vanskelege saker ope.',
      sv: 'I vårt team kan vi ta upp svåra frågor öppet.',
      en: 'In our team, we can bring up difficult issues openly.',
    },
    selfText: {
      nb: 'Jeg tror teamet mitt opplever at de kan ta opp vanskelige saker åpent.',
      nn: 'Eg trur teamet mitt opplever at dei kan ta opp vanskelege saker ope.',
      sv: 'Jag tror att mitt team upplever att de kan ta upp svåra frågor öppet.',
      en: 'I believe my team feels able to bring up difficult issues openly.',
    },
  },
  {
    id: 'q10',
    scale: 'standard',
    facet: 'effort and quality of work matter',
    text: {
      nb: 'I teamet vårt betyr det noe hvor godt vi gjør jobben overfor kundene.',
      nn: 'I teamet vårt betyr det noko kor godt vi gjer jobben overfor kundane.',
      sv: 'I vårt team spelar det roll hur väl vi tar hand om kunderna.',
      en: 'In our team, it matters how well we do our work with customers.',
    },
    selfText: {
      nb: 'Jeg tror teamet mitt opplever at det teller hvor godt de jobber med kundene.',
      nn: 'Eg trur teamet mitt opplever at det tel kor godt dei arbeider med kundane.',
      sv: 'Jag tror att mitt team märker att kvaliteten i kundarbetet spelar roll.',
      en: 'I believe my team feels it matters how well they work with customers.',
    },
  },
  {
    id: 'q11',
    scale: 'relation',
    facet: 'recognises effort, as well as results',
    text: {
      nb: 'Lederen min anerkjenner innsatsen min, også når et salg glipper.',
      nn: 'Leiaren min anerkjenner innsatsen min, også når ein avtale går tapt.',
      sv: 'Min chef uppmärksammar min insats, även när en affär går förlorad.',
      en: 'My leader recognises my effort, even when a deal is lost.',
    },
    selfText: {
      nb: 'Jeg anerkjenner innsatsen til hver selger, også når et salg glipper.',
      nn: 'Eg anerkjenner innsatsen til kvar seljar, også når ein avtale går tapt.',
      sv: 'Jag uppmärksammar varje säljares insats, även när en affär går förlorad.',
      en: "I recognise each seller's effort, even when a deal is lost.",
    },
  },
  {
    id: 'q12',
    scale: 'system',
    facet: 'gives concrete professional feedback on how I sell',
    characteristic: 'continuousFeedback',
    text: {
      nb: 'Lederen min gir meg konkret tilbakemelding på hvordan jeg gjennomfører salgssamtaler.',
      nn: 'Leiaren min gjev meg konkrete tilbakemeldingar på korleis eg gjennomfører salssamtalar.',
      sv: 'Min chef ger mig konkret återkoppling på hur jag genomför säljsamtal.',
      en: 'My leader gives me concrete feedback on how I handle sales conversations.',
    },
    selfText: {
      nb: 'Jeg gir selgerne konkret tilbakemelding på hvordan de gjennomfører salgssamtaler.',
      nn: 'Eg gjev seljarane konkrete tilbakemeldingar på korleis dei gjennomfører salssamtalar.',
      sv: 'Jag ger säljarna konkret återkoppling på hur de genomför säljsamtal.',
      en: 'I give my sellers concrete feedback on how they handle sales conversations.',
    },
  },
  {
    id: 'q13',
    scale: 'administration',
    facet: 'follow-up: does what is promised',
    characteristic: 'systematicFollowUp',
    text: {
      nb: 'Lederen min sørger for at det som er lovet teamet, blir gjort.',
      nn: 'Leiaren min syter for at det som er lova teamet, blir gjort.',
      sv: 'Min chef ser till att det som har lovats teamet blir gjort.',
      en: 'My leader makes sure that what is promised to the team gets done.',
    },
    selfText: {
      nb: 'Jeg sørger for at det jeg lover teamet, blir gjort.',
      nn: 'Eg syter for at det eg lovar teamet, blir gjort.',
      sv: 'Jag ser till att det jag lovar teamet blir gjort.',
      en: 'I make sure that what I promise the team gets done.',
    },
  },
  {
    id: 'q14',
    scale: 'safety',
    facet: 'people are accepted for who they are',
    text: {
      nb: 'I teamet vårt blir folk akseptert som de er.',
      nn: 'I teamet vårt blir folk godtekne som dei er.',
      sv: 'I vårt team blir människor accepterade som de är.',
      en: 'In our team, people are accepted for who they are.',
    },
    selfText: {
      nb: 'Jeg tror teamet mitt opplever at folk blir akseptert som de er.',
      nn: 'Eg trur teamet mitt opplever at folk blir godtekne som dei er.',
      sv: 'Jag tror att mitt team upplever att människor accepteras som de är.',
      en: 'I believe my team feels people are accepted for who they are.',
    },
  },
  {
    id: 'q15',
    scale: 'standard',
    facet: 'results are followed up regularly',
    characteristic: 'continuousFeedback',
    text: {
      nb: 'I teamet vårt går vi jevnlig gjennom resultatene til hver selger.',
      nn: 'I teamet vårt går vi jamleg gjennom resultata til kvar seljar.',
      sv: 'I vårt team går vi regelbundet igenom varje säljares resultat.',
      en: "In our team, we regularly review each seller's results.",
    },
    selfText: {
      nb: 'Jeg tror teamet mitt opplever jevnlig oppfølging av resultatene sine.',
      nn: 'Eg trur teamet mitt opplever jamleg oppfølging av resultata sine.',
      sv: 'Jag tror att mitt team upplever regelbunden uppföljning av sina resultat.',
      en: 'I believe my team experiences regular follow-up of their results.',
    },
  },
  {
    id: 'q16',
    scale: 'relation',
    facet: 'knows what motivates me',
    text: {
      nb: 'Lederen min vet hva som motiverer meg i jobben som selger.',
      nn: 'Leiaren min veit kva som motiverer meg i jobben som seljar.',
      sv: 'Min chef vet vad som motiverar mig i mitt arbete som säljare.',
      en: 'My leader knows what motivates me in my work as a seller.',
    },
    selfText: {
      nb: 'Jeg vet hva som motiverer hver enkelt selger i teamet mitt.',
      nn: 'Eg veit kva som motiverer kvar einskild seljar i teamet mitt.',
      sv: 'Jag vet vad som motiverar varje enskild säljare i mitt team.',
      en: 'I know what motivates each seller in my team.',
    },
  },
  // ── Page 3 ──────────────────────────────────────────────────────────────────────────────────
  {
    id: 'q17',
    scale: 'system',
    facet: 'routines that give predictability (weekly rhythm of sales meetings)',
    characteristic: 'systematicFollowUp',
    text: {
      nb: 'Lederen min holder salgsmøtene våre i en fast ukerytme.',
      nn: 'Leiaren min held salsmøta våre i ein fast vekerytme.',
      sv: 'Min chef håller våra säljmöten i en fast veckorytm.',
      en: 'My leader runs our sales meetings to a steady weekly rhythm.',
    },
    selfText: {
      nb: 'Jeg holder salgsmøtene våre i en fast ukerytme.',
      nn: 'Eg held salsmøta våre i ein fast vekerytme.',
      sv: 'Jag håller våra säljmöten i en fast veckorytm.',
      en: 'I run our sales meetings to a steady weekly rhythm.',
    },
  },
  {
    id: 'q18',
    scale: 'administration',
    facet: 'overview: where each of us stands against targets',
    text: {
      nb: 'Lederen min vet hvordan hver av oss ligger an mot målene.',
      nn: 'Leiaren min veit korleis kvar av oss ligg an mot måla.',
      sv: 'Min chef vet hur var och en av oss ligger till mot målen.',
      en: 'My leader knows where each of us stands against our targets.',
    },
    selfText: {
      nb: 'Jeg vet hvordan hver selger ligger an mot målene sine.',
      nn: 'Eg veit korleis kvar seljar ligg an mot måla sine.',
      sv: 'Jag vet hur varje säljare ligger till mot sina mål.',
      en: 'I know where each seller stands against their targets.',
    },
  },
  {
    id: 'q19',
    scale: 'safety',
    facet: 'safe to try new approaches with customers',
    text: {
      nb: 'I teamet vårt er det trygt å prøve nye grep overfor kundene.',
      nn: 'I teamet vårt er det trygt å prøve nye grep overfor kundane.',
      sv: 'I vårt team är det tryggt att testa nya sätt att möta kunder.',
      en: 'In our team, it is safe to try new approaches with customers.',
    },
    selfText: {
      nb: 'Jeg tror teamet mitt opplever det som trygt å prøve nye grep overfor kundene.',
      nn: 'Eg trur teamet mitt opplever det som trygt å prøve nye grep overfor kundane.',
      sv: 'Jag tror att mitt team upplever att det är tryggt att testa nya säljgrepp.',
      en: 'I believe my team feels safe trying new approaches with customers.',
    },
  },
  {
    id: 'q20',
    scale: 'standard',
    facet: 'the standard applies to everyone',
    text: {
      nb: 'I teamet vårt gjelder standarden for alle, også for toppselgerne.',
      nn: 'I teamet vårt gjeld standarden for alle, også for toppseljarane.',
      sv: 'I vårt team gäller standarden för alla, även för toppsäljarna.',
      en: 'In our team, the standard applies to everyone, including our top sellers.',
    },
    selfText: {
      nb: 'Jeg tror teamet mitt opplever at standarden gjelder for alle, også toppselgerne.',
      nn: 'Eg trur teamet mitt opplever at standarden gjeld for alle, også toppseljarane.',
      sv: 'Jag tror att mitt team upplever att standarden gäller alla, även toppsäljarna.',
      en: 'I believe my team feels the standard applies to everyone, including top sellers.',
    },
  },
  {
    id: 'q21',
    scale: 'relation',
    facet: 'sees the person: checks in regularly on how I am doing',
    characteristic: 'systematicFollowUp',
    text: {
      nb: 'Lederen min tar jevnlig en prat med meg om hvordan jeg har det.',
      nn: 'Leiaren min tek jamleg ein prat med meg om korleis eg har det.',
      sv: 'Min chef stämmer regelbundet av med mig hur jag mår.',
      en: 'My leader checks in with me regularly about how I am doing.',
    },
    selfText: {
      nb: 'Jeg tar jevnlig en prat med hver enkelt selger om hvordan det står til.',
      nn: 'Eg tek jamleg ein prat med kvar einskild seljar om korleis det står til.',
      sv: 'Jag stämmer regelbundet av hur var och en i teamet mår.',
      en: 'I check in regularly with each seller about how they are doing.',
    },
  },
  {
    id: 'q22',
    scale: 'system',
    facet: 'describes clearly what good work looks like',
    characteristic: 'clearExpectations',
    text: {
      nb: 'Lederen min beskriver tydelig hvordan godt salgsarbeid ser ut i praksis.',
      nn: 'Leiaren min skildrar tydeleg korleis godt salsarbeid ser ut i praksis.',
      sv: 'Min chef beskriver tydligt hur ett bra säljarbete ser ut i praktiken.',
      en: 'My leader describes clearly what good sales work looks like in practice.',
    },
    selfText: {
      nb: 'Jeg beskriver tydelig hvordan godt salgsarbeid ser ut i praksis.',
      nn: 'Eg skildrar tydeleg korleis godt salsarbeid ser ut i praksis.',
      sv: 'Jag beskriver tydligt hur ett bra säljarbete ser ut i praktiken.',
      en: 'I describe clearly what good sales work looks like in practice.',
    },
  },
  {
    id: 'q23',
    scale: 'administration',
    facet: 'information flow: we get the information we need',
    text: {
      nb: 'Lederen min gir oss informasjonen vi trenger i møte med kundene.',
      nn: 'Leiaren min gjev oss informasjonen vi treng i møte med kundane.',
      sv: 'Min chef ger oss den information vi behöver i mötet med kunderna.',
      en: 'My leader gives us the information we need to serve our customers.',
    },
    selfText: {
      nb: 'Jeg gir teamet informasjonen de trenger i møte med kundene.',
      nn: 'Eg gjev teamet informasjonen dei treng i møte med kundane.',
      sv: 'Jag ger teamet den information de behöver i mötet med kunderna.',
      en: 'I give my team the information they need to serve our customers.',
    },
  },
  {
    id: 'q24',
    scale: 'safety',
    facet: 'easy to ask for help',
    text: {
      nb: 'I teamet vårt er det lett å be om hjelp med en vanskelig kunde.',
      nn: 'I teamet vårt er det lett å be om hjelp med ein vanskeleg kunde.',
      sv: 'I vårt team är det lätt att be om hjälp med en svår kund.',
      en: 'In our team, it is easy to ask for help with a difficult customer.',
    },
    selfText: {
      nb: 'Jeg tror teamet mitt synes det er lett å be om hjelp med vanskelige kunder.',
      nn: 'Eg trur teamet mitt synest det er lett å be om hjelp med vanskelege kundar.',
      sv: 'Jag tror att mitt team har lätt för att be om hjälp med svåra kunder.',
      en: 'I believe my team finds it easy to ask for help with difficult customers.',
    },
  },
  // ── Page 4 ──────────────────────────────────────────────────────────────────────────────────
  {
    id: 'q25',
    scale: 'standard',
    facet: 'under-performance is addressed',
    characteristic: 'personalAccountability',
    text: {
      nb: 'I teamet vårt blir svake prestasjoner tatt opp direkte med den det gjelder.',
      nn: 'I teamet vårt blir svake prestasjonar tekne opp direkte med den det gjeld.',
      sv: 'I vårt team tas svaga prestationer upp direkt med den det gäller.',
      en: 'In our team, weak performance is addressed directly with the person concerned.',
    },
    selfText: {
      nb: 'Jeg tror teamet mitt ser at svake prestasjoner blir tatt opp direkte.',
      nn: 'Eg trur teamet mitt ser at svake prestasjonar blir tekne opp direkte.',
      sv: 'Jag tror att mitt team ser att svaga prestationer tas upp direkt.',
      en: 'I believe my team sees that weak performance is addressed directly.',
    },
  },
  {
    id: 'q26',
    scale: 'relation',
    facet: 'inspires: gives a clear direction',
    text: {
      nb: 'Lederen min gir oss et tydelig bilde av hvor teamet er på vei.',
      nn: 'Leiaren min gjev oss eit tydeleg bilete av kvar teamet er på veg.',
      sv: 'Min chef ger oss en tydlig bild av vart teamet är på väg.',
      en: 'My leader gives us a clear picture of where our team is heading.',
    },
    selfText: {
      nb: 'Jeg gir teamet et tydelig bilde av hvor vi er på vei.',
      nn: 'Eg gjev teamet eit tydeleg bilete av kvar vi er på veg.',
      sv: 'Jag ger teamet en tydlig bild av vart vi är på väg.',
      en: 'I give my team a clear picture of where we are heading.',
    },
  },
  {
    id: 'q27',
    scale: 'system',
    facet: 'uses figures to show where we can improve',
    text: {
      nb: 'Lederen min bruker salgstallene til å vise oss hvor vi kan bli bedre.',
      nn: 'Leiaren min brukar salstala til å vise oss kvar vi kan bli betre.',
      sv: 'Min chef använder försäljningssiffrorna för att visa var vi kan bli bättre.',
      en: 'My leader uses our sales figures to show where we can improve.',
    },
    selfText: {
      nb: 'Jeg bruker salgstallene til å vise teamet hvor vi kan bli bedre.',
      nn: 'Eg brukar salstala til å vise teamet kvar vi kan bli betre.',
      sv: 'Jag använder försäljningssiffrorna för att visa teamet var vi kan bli bättre.',
      en: 'I use our sales figures to show the team where we can improve.',
    },
  },
  {
    id: 'q28',
    scale: 'administration',
    facet: 'follow-up: agreements from meetings are followed up',
    characteristic: 'systematicFollowUp',
    text: {
      nb: 'Lederen min følger opp avtalene vi gjør på salgsmøtene.',
      nn: 'Leiaren min følgjer opp avtalane vi gjer på salsmøta.',
      sv: 'Min chef följer upp överenskommelserna vi gör på säljmötena.',
      en: 'My leader follows up on the agreements we make in sales meetings.',
    },
    selfText: {
      nb: 'Jeg følger opp avtalene vi gjør på salgsmøtene.',
      nn: 'Eg følgjer opp avtalane vi gjer på salsmøta.',
      sv: 'Jag följer upp överenskommelserna vi gör på säljmötena.',
      en: 'I follow up on the agreements we make in sales meetings.',
    },
  },
  {
    id: 'q29',
    scale: 'safety',
    facet: "colleagues support each other's efforts",
    text: {
      nb: 'I teamet vårt støtter vi hverandres innsats for å vinne kunder.',
      nn: 'I teamet vårt støttar vi innsatsen til kvarandre for å vinne kundar.',
      sv: 'I vårt team stöttar vi varandras insatser för att vinna kunder.',
      en: "In our team, we support each other's efforts to win customers.",
    },
    selfText: {
      nb: 'Jeg tror teamet mitt opplever at de støtter hverandres innsats for å vinne kunder.',
      nn: 'Eg trur teamet mitt opplever at dei støttar innsatsen til kvarandre for å vinne kundar.',
      sv: 'Jag tror att mitt team upplever att de stöttar varandras insatser för att vinna kunder.',
      en: "I believe my team feels colleagues support each other's efforts to win customers.",
    },
  },
  {
    id: 'q30',
    scale: 'standard',
    facet: 'we are challenged to improve',
    text: {
      nb: 'I teamet vårt blir vi utfordret til å bli enda bedre selgere.',
      nn: 'I teamet vårt blir vi utfordra til å bli endå betre seljarar.',
      sv: 'I vårt team utmanas vi att bli ännu bättre säljare.',
      en: 'In our team, we are challenged to become even better sellers.',
    },
    selfText: {
      nb: 'Jeg tror teamet mitt føler seg utfordret til å bli enda bedre selgere.',
      nn: 'Eg trur teamet mitt kjenner seg utfordra til å bli endå betre seljarar.',
      sv: 'Jag tror att mitt team känner sig utmanat att bli ännu bättre säljare.',
      en: 'I believe my team feels challenged to become even better sellers.',
    },
  },
  {
    id: 'q31',
    scale: 'relation',
    facet: 'recognises growth and development',
    characteristic: 'continuousFeedback',
    text: {
      nb: 'Lederen min gir meg anerkjennelse når jeg utvikler meg som selger.',
      nn: 'Leiaren min gjev meg anerkjenning når eg utviklar meg som seljar.',
      sv: 'Min chef lyfter fram det när jag utvecklas som säljare.',
      en: 'My leader gives me recognition when I develop as a seller.',
    },
    selfText: {
      nb: 'Jeg gir selgerne anerkjennelse når de utvikler seg i rollen.',
      nn: 'Eg gjev seljarane anerkjenning når dei utviklar seg i rolla.',
      sv: 'Jag lyfter fram det när mina säljare utvecklas i sin roll.',
      en: 'I give my sellers recognition when they develop in their role.',
    },
  },
  {
    id: 'q32',
    scale: 'system',
    facet: 'gives feedback soon after a sales situation',
    characteristic: 'continuousFeedback',
    text: {
      nb: 'Lederen min gir meg tilbakemelding kort tid etter et kundemøte.',
      nn: 'Leiaren min gjev meg tilbakemelding kort tid etter eit kundemøte.',
      sv: 'Min chef ger mig återkoppling kort efter ett kundmöte.',
      en: 'My leader gives me feedback soon after a customer meeting.',
    },
    selfText: {
      nb: 'Jeg gir selgerne tilbakemelding kort tid etter et kundemøte.',
      nn: 'Eg gjev seljarane tilbakemelding kort tid etter eit kundemøte.',
      sv: 'Jag ger säljarna återkoppling kort efter ett kundmöte.',
      en: 'I give my sellers feedback soon after a customer meeting.',
    },
  },
  // ── Page 5 ──────────────────────────────────────────────────────────────────────────────────
  {
    id: 'q33',
    scale: 'administration',
    facet: 'overview: up-to-date view of the pipeline',
    text: {
      nb: 'Lederen min har oppdatert oversikt over salgsmulighetene vi jobber med.',
      nn: 'Leiaren min har oppdatert oversikt over salsmoglegheitene vi arbeider med.',
      sv: 'Min chef har en aktuell överblick över affärerna vi arbetar med.',
      en: 'My leader has an up-to-date overview of the deals we are working on.',
    },
    selfText: {
      nb: 'Jeg har oppdatert oversikt over salgsmulighetene teamet jobber med.',
      nn: 'Eg har oppdatert oversikt over salsmoglegheitene teamet arbeider med.',
      sv: 'Jag har en aktuell överblick över affärerna teamet arbetar med.',
      en: 'I have an up-to-date overview of the deals my team is working on.',
    },
  },
  {
    id: 'q34',
    scale: 'safety',
    facet: 'my skills are valued',
    text: {
      nb: 'I teamet vårt blir det jeg kan som selger, verdsatt.',
      nn: 'I teamet vårt blir det eg kan som seljar, verdsett.',
      sv: 'I vårt team värdesätts det jag kan som säljare.',
      en: 'In our team, the skills I bring as a seller are valued.',
    },
    selfText: {
      nb: 'Jeg tror teamet mitt opplever at det de kan som selgere, blir verdsatt.',
      nn: 'Eg trur teamet mitt opplever at det dei kan som seljarar, blir verdsett.',
      sv: 'Jag tror att mitt team upplever att det de kan som säljare värdesätts.',
      en: 'I believe my team feels their skills as sellers are valued.',
    },
  },
  {
    id: 'q35',
    scale: 'standard',
    facet: 'people take ownership of their own results',
    characteristic: 'personalAccountability',
    text: {
      nb: 'I teamet vårt tar hver selger ansvar for egne resultater.',
      nn: 'I teamet vårt tek kvar seljar ansvar for eigne resultat.',
      sv: 'I vårt team tar varje säljare ansvar för sina egna resultat.',
      en: 'In our team, each seller takes ownership of their own results.',
    },
    selfText: {
      nb: 'Jeg tror teamet mitt opplever at hver selger tar ansvar for egne resultater.',
      nn: 'Eg trur teamet mitt opplever at kvar seljar tek ansvar for eigne resultat.',
      sv: 'Jag tror att mitt team upplever att varje säljare tar ansvar för sina resultat.',
      en: 'I believe my team sees each seller taking ownership of their results.',
    },
  },
  {
    id: 'q36',
    scale: 'relation',
    facet: 'builds trust by being honest with us',
    text: {
      nb: 'Lederen min er ærlig mot oss, også når nyhetene er dårlige.',
      nn: 'Leiaren min er ærleg mot oss, også når nyheitene er dårlege.',
      sv: 'Min chef är ärlig mot oss, även när nyheterna är dåliga.',
      en: 'My leader is honest with us, even when the news is bad.',
    },
    selfText: {
      nb: 'Jeg er ærlig mot teamet, også når nyhetene er dårlige.',
      nn: 'Eg er ærleg mot teamet, også når nyheitene er dårlege.',
      sv: 'Jag är ärlig mot teamet, även när nyheterna är dåliga.',
      en: 'I am honest with my team, even when the news is bad.',
    },
  },
  {
    id: 'q37',
    scale: 'system',
    facet: 'holds everyone to the same demands, fairly',
    characteristic: 'personalAccountability',
    text: {
      nb: 'Lederen min stiller de samme kravene til alle selgerne i teamet.',
      nn: 'Leiaren min stiller dei same krava til alle seljarane i teamet.',
      sv: 'Min chef ställer samma krav på alla säljare i teamet.',
      en: 'My leader makes the same demands of every seller in the team.',
    },
    selfText: {
      nb: 'Jeg stiller de samme kravene til alle selgerne i teamet.',
      nn: 'Eg stiller dei same krava til alle seljarane i teamet.',
      sv: 'Jag ställer samma krav på alla säljare i mitt team.',
      en: 'I make the same demands of every seller in my team.',
    },
  },
  {
    id: 'q38',
    scale: 'administration',
    facet: 'follow-up: keeps planned one-to-ones',
    text: {
      nb: 'Lederen min gjennomfører oppfølgingssamtalene med meg som planlagt.',
      nn: 'Leiaren min gjennomfører oppfølgingssamtalane med meg som planlagt.',
      sv: 'Min chef genomför de enskilda samtalen med mig som planerat.',
      en: 'My leader holds our one-to-one meetings as planned.',
    },
    selfText: {
      nb: 'Jeg gjennomfører oppfølgingssamtalene med hver selger som planlagt.',
      nn: 'Eg gjennomfører oppfølgingssamtalane med kvar seljar som planlagt.',
      sv: 'Jag genomför de enskilda samtalen med varje säljare som planerat.',
      en: 'I hold one-to-one meetings with each seller as planned.',
    },
  },
  {
    id: 'q39',
    scale: 'safety',
    facet: 'safe to disagree with the leader',
    text: {
      nb: 'I teamet vårt er det trygt å være uenig med lederen.',
      nn: 'I teamet vårt er det trygt å vere usamd med leiaren.',
      sv: 'I vårt team är det tryggt att vara oenig med chefen.',
      en: 'In our team, it is safe to disagree with our leader.',
    },
    selfText: {
      nb: 'Jeg tror teamet mitt opplever det som trygt å være uenig med meg.',
      nn: 'Eg trur teamet mitt opplever det som trygt å vere usamd med meg.',
      sv: 'Jag tror att mitt team upplever det som tryggt att vara oenig med mig.',
      en: 'I believe my team feels safe disagreeing with me.',
    },
  },
  {
    id: 'q40',
    scale: 'standard',
    facet: 'we know what good looks like here',
    characteristic: 'clearExpectations',
    text: {
      nb: 'I teamet vårt vet vi hvordan en god salgsuke ser ut.',
      nn: 'I teamet vårt veit vi korleis ei god salsveke ser ut.',
      sv: 'I vårt team vet vi hur en bra säljvecka ser ut.',
      en: 'In our team, we know what a good sales week looks like.',
    },
    selfText: {
      nb: 'Jeg tror teamet mitt vet hvordan en god salgsuke ser ut.',
      nn: 'Eg trur teamet mitt veit korleis ei god salsveke ser ut.',
      sv: 'Jag tror att mitt team vet hur en bra säljvecka ser ut.',
      en: 'I believe my team knows what a good sales week looks like.',
    },
  },
] as const satisfies readonly Item[];
