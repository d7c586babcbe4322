// Texts of the advice rows (lib/rules/data/advice-rules.ts), all six languages side by side.
// Placeholders: {escalatesAt} {dueAt} {latestAt} are dates and {fee} {amount} money, formatted by
// lib/rules/text.ts for the language before they are filled in. Flattened to `advice.<id>`.
import type { Locale } from '../locales';
import { LOCALES } from '../locales';
import type { Messages } from './types';

const ADVICE: Record<string, Record<Locale, string>> = {
  visa_no_recourse: {
    en: "Visa reason 10.5 (Visa Fraud Monitoring Program) can't be challenged: Visa accepts no evidence for it.",
    de: 'Visa-Grund 10.5 (Visa Fraud Monitoring Program) kann nicht angefochten werden: Visa akzeptiert dafür keine Nachweise.',
    sv: 'Visa-orsak 10.5 (Visa Fraud Monitoring Program) kan inte bestridas: Visa tar inte emot några underlag för den.',
    fi: 'Visan syykoodia 10.5 (Visa Fraud Monitoring Program) ei voi kiistää: Visa ei ota vastaan todisteita siihen.',
    nb: 'Visa-årsak 10.5 (Visa Fraud Monitoring Program) kan ikke bestrides: Visa tar ikke imot dokumentasjon for den.',
    da: 'Visa-årsag 10.5 (Visa Fraud Monitoring Program) kan ikke bestrides: Visa modtager ingen dokumentation for den.',
  },
  deadline_passed: {
    en: 'The response deadline ({dueAt}) has passed. A missed deadline means the dispute is lost automatically.',
    de: 'Die Antwortfrist ({dueAt}) ist abgelaufen. Wird die Frist versäumt, ist der Streitfall automatisch verloren.',
    sv: 'Svarstiden ({dueAt}) har gått ut. En missad tidsfrist innebär att tvisten automatiskt förloras.',
    fi: 'Vastausaika ({dueAt}) on umpeutunut. Jos määräaika ylittyy, kiista hävitään automaattisesti.',
    nb: 'Svarfristen ({dueAt}) er ute. En oversittet frist betyr at tvisten tapes automatisk.',
    da: 'Svarfristen ({dueAt}) er overskredet. En overskredet frist betyder, at tvisten automatisk tabes.',
  },
  missed_deadline_loses: {
    en: 'Miss the deadline and the dispute is lost automatically.',
    de: 'Wird die Frist versäumt, ist der Streitfall automatisch verloren.',
    sv: 'Missar ni tidsfristen förloras tvisten automatiskt.',
    fi: 'Jos määräaika ylittyy, kiista hävitään automaattisesti.',
    nb: 'Oversittes fristen, tapes tvisten automatisk.',
    da: 'Overskrides fristen, tabes tvisten automatisk.',
  },
  one_response: {
    en: 'You get one response only – no follow-ups. Submit all evidence at once.',
    de: 'Sie haben nur eine Antwort – Nachreichungen sind nicht möglich. Reichen Sie alle Nachweise auf einmal ein.',
    sv: 'Ni får bara svara en gång – inga kompletteringar. Skicka in alla underlag på en gång.',
    fi: 'Voitte vastata vain kerran – täydennyksiä ei voi lähettää. Lähettäkää kaikki todisteet kerralla.',
    nb: 'Dere får bare svare én gang – ingen oppfølging. Send inn all dokumentasjon samtidig.',
    da: 'I kan kun svare én gang – ingen opfølgning. Indsend al dokumentation på én gang.',
  },
  deadline_may_have_passed: {
    en: 'The estimated deadline falls between {dueAt} and {latestAt} and may already have passed. Check the date in the portal now.',
    de: 'Die geschätzte Frist liegt zwischen {dueAt} und {latestAt} und kann bereits abgelaufen sein. Prüfen Sie jetzt das Datum im Portal.',
    sv: 'Den uppskattade tidsfristen infaller mellan {dueAt} och {latestAt} och kan redan ha gått ut. Kontrollera datumet i portalen nu.',
    fi: 'Arvioitu määräaika osuu välille {dueAt} – {latestAt}, ja se on voinut jo umpeutua. Tarkistakaa päivämäärä portaalista nyt.',
    nb: 'Den anslåtte fristen faller mellom {dueAt} og {latestAt} og kan allerede være ute. Sjekk datoen i portalen nå.',
    da: 'Den anslåede frist ligger mellem {dueAt} og {latestAt} og kan allerede være overskredet. Tjek datoen i portalen nu.',
  },
  register_return_before_escalation: {
    en: 'Register the return before {escalatesAt} to close the case without a fee. Registered after escalation, the dispute is marked lost and a fee is charged.',
    de: 'Registrieren Sie die Rücksendung vor dem {escalatesAt}, damit der Fall ohne Gebühr geschlossen wird. Nach der Eskalation gilt der Streitfall als verloren und eine Gebühr wird berechnet.',
    sv: 'Registrera returen före {escalatesAt} så stängs ärendet utan avgift. Registreras den efter eskaleringen markeras tvisten som förlorad och en avgift tas ut.',
    fi: 'Rekisteröikää palautus ennen {escalatesAt}, niin tapaus suljetaan ilman maksua. Jos palautus rekisteröidään eskaloinnin jälkeen, kiista merkitään hävityksi ja siitä peritään maksu.',
    nb: 'Registrer returen før {escalatesAt}, så lukkes saken uten gebyr. Registreres den etter eskaleringen, markeres tvisten som tapt og et gebyr belastes.',
    da: 'Registrér returneringen før {escalatesAt}, så lukkes sagen uden gebyr. Registreres den efter eskaleringen, markeres tvisten som tabt, og der opkræves et gebyr.',
  },
  return_after_escalation_lost: {
    en: "This return dispute has escalated: registering the return now marks it lost and a fee is charged. Counter with evidence if the return didn't arrive.",
    de: 'Dieser Rückgabe-Streitfall ist eskaliert: Wird die Rücksendung jetzt registriert, gilt er als verloren und eine Gebühr wird berechnet. Widersprechen Sie mit Nachweisen, falls die Rücksendung nicht ankam.',
    sv: 'Den här returtvisten har eskalerat: registrerar ni returen nu markeras den som förlorad och en avgift tas ut. Bestrid med underlag om returen inte har kommit.',
    fi: 'Tämä palautuskiista on eskaloitunut: jos rekisteröitte palautuksen nyt, kiista merkitään hävityksi ja siitä peritään maksu. Kiistäkää todisteiden avulla, jos palautusta ei ole saapunut.',
    nb: 'Denne returtvisten er eskalert: registrerer dere returen nå, markeres den som tapt og et gebyr belastes. Bestrid med dokumentasjon hvis returen ikke har kommet.',
    da: 'Denne returtvist er eskaleret: registrerer I returneringen nu, markeres den som tabt, og der opkræves et gebyr. Bestrid med dokumentation, hvis returneringen ikke er modtaget.',
  },
  refunds_blocked: {
    en: 'Refunds are blocked on this order while the dispute needs a response. Handle the refund in the dispute: accept it, or counter it for a partial refund.',
    de: 'Erstattungen für diese Bestellung sind gesperrt, solange der Streitfall eine Antwort erfordert. Erstatten Sie über den Streitfall: akzeptieren oder für eine Teilerstattung widersprechen.',
    sv: 'Återbetalningar på ordern är spärrade medan tvisten kräver svar. Hantera återbetalningen i tvisten: acceptera den eller bestrid den för en delåterbetalning.',
    fi: 'Tilauksen hyvitykset on estetty niin kauan kuin kiista vaatii vastauksen. Hoitakaa hyvitys kiistan kautta: hyväksykää kiista tai kiistäkää se osittaista hyvitystä varten.',
    nb: 'Refusjoner på ordren er sperret mens tvisten krever svar. Håndter refusjonen i tvisten: godta den, eller bestrid den for delvis refusjon.',
    da: 'Refusioner på ordren er spærret, mens tvisten kræver svar. Håndtér refusionen i tvisten: acceptér den, eller bestrid den for en delvis refusion.',
  },
  no_accept_after_response: {
    en: 'Once you submit a response, you can no longer accept the dispute.',
    de: 'Nach dem Absenden einer Antwort können Sie den Streitfall nicht mehr akzeptieren.',
    sv: 'När ni har skickat ett svar kan ni inte längre acceptera tvisten.',
    fi: 'Kun olette lähettäneet vastauksen, ette voi enää hyväksyä kiistaa.',
    nb: 'Når dere har sendt et svar, kan dere ikke lenger godta tvisten.',
    da: 'Når I har sendt et svar, kan I ikke længere acceptere tvisten.',
  },
  fee_if_lost: {
    en: 'If you lose, a dispute fee of {fee} is charged.',
    de: 'Verlieren Sie, wird eine Streitfallgebühr von {fee} berechnet.',
    sv: 'Förlorar ni tas en tvisteavgift på {fee} ut.',
    fi: 'Jos häviätte, teiltä veloitetaan kiistamaksu ({fee}).',
    nb: 'Taper dere, belastes et tvistegebyr på {fee}.',
    da: 'Taber I, opkræves et tvistgebyr på {fee}.',
  },
  fee_charged_not_refunded: {
    en: 'A dispute fee of {fee} was charged when this dispute opened. It is not refunded, even if you win.',
    de: 'Bei Eröffnung dieses Streitfalls wurde eine Gebühr von {fee} berechnet. Sie wird auch bei Erfolg nicht erstattet.',
    sv: 'En tvisteavgift på {fee} togs ut när tvisten öppnades. Den återbetalas inte, inte ens om ni vinner.',
    fi: 'Kiistamaksu ({fee}) veloitettiin, kun kiista avattiin. Sitä ei palauteta, vaikka voittaisitte.',
    nb: 'Et tvistegebyr på {fee} ble belastet da tvisten ble åpnet. Det refunderes ikke, selv om dere vinner.',
    da: 'Et tvistgebyr på {fee} blev opkrævet, da tvisten blev oprettet. Det refunderes ikke, heller ikke hvis I vinder.',
  },
  compliance_fee: {
    en: 'Contesting a Visa compliance dispute means acknowledging a fee of {fee} (or the local equivalent), refunded only if you win.',
    de: 'Wer einen Visa-Compliance-Streitfall anficht, muss eine Gebühr von {fee} (oder den Gegenwert in Landeswährung) bestätigen; sie wird nur bei Erfolg erstattet.',
    sv: 'För att bestrida en compliance-tvist hos Visa måste ni godkänna en avgift på {fee} (eller motsvarande i lokal valuta), som bara återbetalas om ni vinner.',
    fi: 'Visan compliance-kiistan kiistäminen edellyttää maksun ({fee} tai vastaava summa paikallisessa valuutassa) hyväksymistä; se palautetaan vain, jos voitatte.',
    nb: 'For å bestride en compliance-tvist hos Visa må dere godta et gebyr på {fee} (eller tilsvarende i lokal valuta), som bare refunderes hvis dere vinner.',
    da: 'For at bestride en compliance-tvist hos Visa skal I acceptere et gebyr på {fee} (eller tilsvarende i lokal valuta), som kun refunderes, hvis I vinder.',
  },
  ask_withdraw_before_escalation: {
    en: 'If the customer is satisfied, ask them to withdraw the dispute before {escalatesAt}. Enquiries resolved before escalation cost no fee.',
    de: 'Ist der Kunde zufrieden, bitten Sie ihn, den Streitfall vor dem {escalatesAt} zurückzuziehen. Vor der Eskalation gelöste Anfragen kosten keine Gebühr.',
    sv: 'Om kunden är nöjd, be kunden att återkalla tvisten före {escalatesAt}. Förfrågningar som löses före eskaleringen kostar ingen avgift.',
    fi: 'Jos asiakas on tyytyväinen, pyytäkää häntä perumaan kiista ennen {escalatesAt}. Ennen eskalointia ratkaistuista kyselyistä ei peritä maksua.',
    nb: 'Er kunden fornøyd, be kunden trekke tvisten før {escalatesAt}. Forespørsler som løses før eskaleringen, koster ikke noe gebyr.',
    da: 'Er kunden tilfreds, så bed kunden om at trække tvisten tilbage før {escalatesAt}. Forespørgsler, der løses før eskaleringen, koster intet gebyr.',
  },
  klarna_enquiry_no_evidence: {
    en: 'Klarna accepts no evidence during the enquiry. Resolve it with the customer now; evidence can only be submitted if it escalates.',
    de: 'Während der Anfrage nimmt Klarna keine Nachweise an. Klären Sie den Fall jetzt mit dem Kunden; Nachweise sind erst nach einer Eskalation möglich.',
    sv: 'Klarna tar inte emot underlag under förfrågan. Lös ärendet med kunden nu; underlag kan bara skickas in om det eskalerar.',
    fi: 'Klarna ei ota vastaan todisteita kyselyvaiheessa. Ratkaiskaa asia nyt asiakkaan kanssa; todisteita voi lähettää vasta, jos kiista eskaloituu.',
    nb: 'Klarna tar ikke imot dokumentasjon under forespørselen. Løs saken med kunden nå; dokumentasjon kan bare sendes inn hvis den eskalerer.',
    da: 'Klarna modtager ingen dokumentation under forespørgslen. Løs sagen med kunden nu; dokumentation kan kun indsendes, hvis den eskalerer.',
  },
  return_is_refund_request: {
    en: 'Disputes with the reason "Return" are often just refund requests. Contact the customer and refund if the return is due.',
    de: 'Streitfälle mit dem Grund „Return“ sind oft nur Erstattungswünsche. Kontaktieren Sie den Kunden und erstatten Sie, wenn die Rückgabe berechtigt ist.',
    sv: 'Tvister med orsaken ”Return” är ofta bara begäran om återbetalning. Kontakta kunden och återbetala om returen är berättigad.',
    fi: 'Kiistat, joiden syy on ”Return”, ovat usein vain hyvityspyyntöjä. Ottakaa yhteyttä asiakkaaseen ja hyvittäkää, jos palautus on aiheellinen.',
    nb: 'Tvister med årsaken «Return» er ofte bare ønsker om refusjon. Kontakt kunden og refunder hvis returen er berettiget.',
    da: 'Tvister med årsagen »Return« er ofte blot anmodninger om refusion. Kontakt kunden, og refundér, hvis returneringen er berettiget.',
  },
  klarna_unauthorized_immediate: {
    en: 'Unauthorized purchases skip the enquiry and go straight to chargeback, so the time to respond is short.',
    de: 'Nicht autorisierte Käufe überspringen die Anfrage und werden sofort zum Chargeback – die Antwortfrist ist kurz.',
    sv: 'Obehöriga köp hoppar över förfrågan och blir direkt en chargeback, så svarstiden är kort.',
    fi: 'Luvattomat ostot ohittavat kyselyvaiheen ja muuttuvat heti takaisinveloitukseksi, joten vastausaika on lyhyt.',
    nb: 'Uautoriserte kjøp hopper over forespørselen og går rett til tilbakeføring (chargeback), så svarfristen er kort.',
    da: 'Uautoriserede køb springer forespørgslen over og bliver straks til en chargeback, så svarfristen er kort.',
  },
  visa_ce3: {
    en: 'Visa 10.4: with two earlier undisputed payments on the same card (120–365 days old) and matching customer data, Compelling Evidence 3.0 can overturn the dispute.',
    de: 'Visa 10.4: Mit zwei früheren unbestrittenen Zahlungen derselben Karte (120–365 Tage alt) und übereinstimmenden Kundendaten kann Compelling Evidence 3.0 den Streitfall zu Ihren Gunsten entscheiden.',
    sv: 'Visa 10.4: med två tidigare obestridda betalningar med samma kort (120–365 dagar gamla) och matchande kunddata kan Compelling Evidence 3.0 vända tvisten.',
    fi: 'Visa 10.4: jos samalla kortilla on kaksi aiempaa kiistämätöntä maksua (120–365 päivää vanhoja) ja asiakastiedot täsmäävät, voitte voittaa kiistan Compelling Evidence 3.0:n avulla.',
    nb: 'Visa 10.4: med to tidligere ubestridte betalinger med samme kort (120–365 dager gamle) og samsvarende kundedata kan Compelling Evidence 3.0 snu tvisten.',
    da: 'Visa 10.4: med to tidligere ubestridte betalinger med samme kort (120–365 dage gamle) og matchende kundedata kan Compelling Evidence 3.0 vende tvisten.',
  },
  accept_refunds_full_amount: {
    en: 'Accepting refunds the customer the full disputed amount ({amount}).',
    de: 'Wenn Sie akzeptieren, erhält der Kunde den vollen strittigen Betrag ({amount}) zurück.',
    sv: 'Accepterar ni får kunden hela det omtvistade beloppet ({amount}) återbetalt.',
    fi: 'Jos hyväksytte kiistan, asiakkaalle hyvitetään koko kiistetty summa ({amount}).',
    nb: 'Godtar dere, får kunden refundert hele det omstridte beløpet ({amount}).',
    da: 'Accepterer I, får kunden hele det omstridte beløb ({amount}) refunderet.',
  },
  partial_refund_counter: {
    en: "For a partial refund, don't accept: counter the dispute, state the amount you refund and show evidence for the rest.",
    de: 'Für eine Teilerstattung nicht akzeptieren: Widersprechen Sie, nennen Sie den erstatteten Betrag und belegen Sie den Rest.',
    sv: 'För en delåterbetalning, acceptera inte: bestrid tvisten, ange beloppet ni återbetalar och visa underlag för resten.',
    fi: 'Osittaista hyvitystä varten älkää hyväksykö: kiistäkää, ilmoittakaa hyvittämänne summa ja esittäkää todisteet lopusta.',
    nb: 'For delvis refusjon, ikke godta: bestrid tvisten, oppgi beløpet dere refunderer, og vis dokumentasjon for resten.',
    da: 'Ved delvis refusion skal I ikke acceptere: bestrid tvisten, angiv det beløb, I refunderer, og vis dokumentation for resten.',
  },
  files_not_links: {
    en: "Upload evidence as files: banks don't follow links or play audio or video. At most 4.5 MB in total (Mastercard: at most 19 pages).",
    de: 'Laden Sie Nachweise als Dateien hoch: Banken öffnen keine Links und spielen kein Audio oder Video ab. Insgesamt höchstens 4,5 MB (Mastercard: höchstens 19 Seiten).',
    sv: 'Ladda upp underlag som filer: banker öppnar inte länkar och spelar inte upp ljud eller video. Högst 4,5 MB totalt (Mastercard: högst 19 sidor).',
    fi: 'Ladatkaa todisteet tiedostoina: pankit eivät avaa linkkejä eivätkä toista ääntä tai videota. Yhteensä enintään 4,5 Mt (Mastercard: enintään 19 sivua).',
    nb: 'Last opp dokumentasjon som filer: banker åpner ikke lenker eller spiller av lyd eller video. Maks 4,5 MB totalt (Mastercard: maks 19 sider).',
    da: 'Upload dokumentation som filer: banker åbner ikke links og afspiller ikke lyd eller video. Højst 4,5 MB i alt (Mastercard: højst 19 sider).',
  },
  klarna_pod_attachment: {
    en: 'Klarna needs proof of delivery as an attachment: a tracking link is not enough, and a customer email saying "received" does not count on its own.',
    de: 'Klarna braucht den Zustellnachweis als Anhang: Ein Tracking-Link genügt nicht, und eine Kunden-E-Mail „erhalten“ zählt allein nicht.',
    sv: 'Klarna behöver leveransbeviset som bilaga: en spårningslänk räcker inte, och ett mejl från kunden om att varan kommit räknas inte ensamt.',
    fi: 'Klarna tarvitsee toimitustodisteen liitteenä: seurantalinkki ei riitä, eikä asiakkaan viesti ”saatu” yksinään kelpaa.',
    nb: 'Klarna trenger leveringsbeviset som vedlegg: en sporingslenke er ikke nok, og en e-post fra kunden om at varen er mottatt, teller ikke alene.',
    da: 'Klarna skal have leveringsbeviset som vedhæftet fil: et sporingslink er ikke nok, og en e-mail fra kunden om, at varen er modtaget, tæller ikke alene.',
  },
  fee_if_escalated_and_lost: {
    en: 'No fee during the enquiry. A fee of {fee} is charged only if the dispute escalates and you lose.',
    de: 'Während der Anfrage fällt keine Gebühr an. Eine Gebühr von {fee} wird nur berechnet, wenn der Streitfall eskaliert und Sie verlieren.',
    sv: 'Ingen avgift under förfrågan. En avgift på {fee} tas bara ut om tvisten eskalerar och ni förlorar.',
    fi: 'Kyselyvaiheessa ei peritä maksua. Maksu ({fee}) veloitetaan vain, jos kiista eskaloituu ja häviätte.',
    nb: 'Ingen gebyr under forespørselen. Et gebyr på {fee} belastes bare hvis tvisten eskalerer og dere taper.',
    da: 'Intet gebyr under forespørgslen. Et gebyr på {fee} opkræves kun, hvis tvisten eskalerer, og I taber.',
  },
  fee_charged_refunded_if_won: {
    en: 'A dispute fee of {fee} was charged when this dispute opened; it is refunded if you win.',
    de: 'Bei Eröffnung dieses Streitfalls wurde eine Gebühr von {fee} berechnet; sie wird bei Erfolg erstattet.',
    sv: 'En tvisteavgift på {fee} togs ut när tvisten öppnades; den återbetalas om ni vinner.',
    fi: 'Kiistamaksu ({fee}) veloitettiin, kun kiista avattiin; se palautetaan, jos voitatte.',
    nb: 'Et tvistegebyr på {fee} ble belastet da tvisten ble åpnet; det refunderes hvis dere vinner.',
    da: 'Et tvistgebyr på {fee} blev opkrævet, da tvisten blev oprettet; det refunderes, hvis I vinder.',
  },
  billie_iban_on_invoice: {
    en: "Buyers sometimes pay you instead of Billie. Print Billie's IBAN on your invoices so payments reach Billie.",
    de: 'Käufer zahlen manchmal an Sie statt an Billie. Drucken Sie Billies IBAN auf Ihre Rechnungen, damit Zahlungen bei Billie ankommen.',
    sv: 'Köpare betalar ibland till er i stället för till Billie. Skriv Billies IBAN på era fakturor så att betalningarna når Billie.',
    fi: 'Ostajat maksavat joskus teille Billien sijaan. Painakaa Billien IBAN laskuihinne, jotta maksut menevät Billielle.',
    nb: 'Kjøpere betaler noen ganger til dere i stedet for til Billie. Skriv Billies IBAN på fakturaene deres, slik at betalingene når Billie.',
    da: 'Købere betaler nogle gange til jer i stedet for til Billie. Skriv Billies IBAN på jeres fakturaer, så betalingerne når Billie.',
  },
  deadline_estimated: {
    en: 'The portal shows no deadline for this dispute, so this date is estimated from the published rules. Check the dispute in the portal.',
    de: 'Das Portal zeigt für diesen Streitfall keine Frist; dieses Datum ist aus den veröffentlichten Regeln geschätzt. Prüfen Sie den Streitfall im Portal.',
    sv: 'Portalen visar ingen tidsfrist för tvisten, så datumet är uppskattat utifrån publicerade regler. Kontrollera tvisten i portalen.',
    fi: 'Portaali ei näytä kiistalle määräaikaa, joten päivämäärä on arvioitu julkaistujen sääntöjen perusteella. Tarkistakaa kiista portaalista.',
    nb: 'Portalen viser ingen frist for tvisten, så datoen er anslått ut fra publiserte regler. Sjekk tvisten i portalen.',
    da: 'Portalen viser ingen frist for tvisten, så datoen er anslået ud fra de offentliggjorte regler. Tjek tvisten i portalen.',
  },
  reason_unknown: {
    en: "We don't recognise this reason, so the checklist shows general evidence. Check which evidence the portal's form asks for.",
    de: 'Diesen Grund kennen wir nicht; die Checkliste zeigt daher allgemeine Nachweise. Prüfen Sie, welche Nachweise das Formular im Portal verlangt.',
    sv: 'Vi känner inte igen orsaken, så checklistan visar allmänna underlag. Kontrollera vilka underlag formuläret i portalen begär.',
    fi: 'Emme tunnista tätä syytä, joten tarkistuslista näyttää yleiset todisteet. Tarkistakaa, mitä todisteita portaalin lomake pyytää.',
    nb: 'Vi kjenner ikke igjen årsaken, så sjekklisten viser generell dokumentasjon. Sjekk hvilken dokumentasjon skjemaet i portalen ber om.',
    da: 'Vi genkender ikke årsagen, så tjeklisten viser generel dokumentation. Tjek, hvilken dokumentation formularen i portalen beder om.',
  },
  card_decision_time: {
    en: 'Card disputes usually take 2–3 months to decide after you respond.',
    de: 'Über Kartenstreitfälle wird nach Ihrer Antwort meist innerhalb von 2–3 Monaten entschieden.',
    sv: 'Korttvister avgörs oftast inom 2–3 månader efter att ni har svarat.',
    fi: 'Korttikiistat ratkaistaan yleensä 2–3 kuukauden kuluessa vastauksestanne.',
    nb: 'Korttvister avgjøres vanligvis innen 2–3 måneder etter at dere har svart.',
    da: 'Korttvister afgøres normalt inden for 2–3 måneder, efter at I har svaret.',
  },
  outcomes_final: {
    en: 'All outcomes are final – there is no appeal.',
    de: 'Alle Entscheidungen sind endgültig – es gibt keinen Einspruch.',
    sv: 'Alla beslut är slutgiltiga – det går inte att överklaga.',
    fi: 'Kaikki ratkaisut ovat lopullisia – muutoksenhakua ei ole.',
    nb: 'Alle avgjørelser er endelige – det er ingen klageadgang.',
    da: 'Alle afgørelser er endelige – der er ingen klagemulighed.',
  },
};

function flatten(texts: Record<string, Record<Locale, string>>): Messages {
  const out = {} as Messages;
  for (const locale of LOCALES) {
    out[locale] = {};
    for (const [id, byLocale] of Object.entries(texts)) out[locale][`advice.${id}`] = byLocale[locale];
  }
  return out;
}

export const advice: Messages = flatten(ADVICE);
