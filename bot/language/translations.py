"""What the bot says in the languages it has wording for (each replaceable in TANDEM_CONFIG, [languages.<code>]).

Short and plain, as in English: what the bot can do, how to reach a person (the quoted word is itself a
request for one), the first words of a handoff, crisis and danger replies with emergency numbers and
helplines, and the privacy notice. Helplines are named only where we are sure of them; elsewhere
findahelpline.com. Admins serving one country should put their own lines here.
"""

from __future__ import annotations

# keys of each language's wording
KEYS = ("capabilities", "handoff", "crisis", "danger", "privacy_notice")

TRANSLATIONS: dict[str, dict[str, str]] = {
    "es": {
        "capabilities": (
            "Hola. Lo siento: por ahora solo entiendo bien el inglés, así que quizá no haya entendido su mensaje. "
            "En inglés puedo consultar sus pedidos y responder preguntas sobre envíos y devoluciones. Si prefiere "
            "hablar con una persona de nuestro equipo, responda «persona»."
        ),
        "handoff": (
            "Por supuesto. Le paso con una persona de nuestro equipo, que verá esta conversación y le responderá "
            "aquí mismo, quizá en inglés."
        ),
        "crisis": (
            "Siento mucho que esté pasando por esto, y gracias por contárnoslo. No tiene por qué pasar por esto sin "
            "ayuda. Si está en peligro ahora mismo, llame al número de emergencias (112 en Europa, 911 en gran parte "
            "de América). Puede hablar con alguien en cualquier momento, de forma confidencial: en España, llame "
            "gratis al 024; en otros países, findahelpline.com le indica una línea de ayuda cercana. También estoy "
            "avisando ahora mismo a una persona de nuestro equipo."
        ),
        "danger": (
            "Siento mucho que le esté pasando esto, y gracias por contárnoslo. Su seguridad es lo primero: si está "
            "en peligro ahora mismo, llame al número de emergencias (112 en Europa, 911 en gran parte de América). "
            "Estoy avisando ahora mismo a una persona de nuestro equipo."
        ),
        "privacy_notice": (
            "Sobre su privacidad: las personas de nuestro equipo de atención verán esta conversación, es decir, sus "
            "mensajes, un breve resumen de lo que necesita y los datos de sus pedidos. Antes de que vean nada, se "
            "eliminan los números de tarjeta, las contraseñas y otros datos secretos. Guardamos la conversación "
            "{retention_days} días y después la borramos, o antes si nos pide que borremos sus datos. Nuestra "
            "política de privacidad completa: {policy_url}"
        ),
    },
    "fr": {
        "capabilities": (
            "Bonjour. Désolé : pour l'instant, je ne comprends bien que l'anglais, et je n'ai peut-être pas compris "
            "votre message. En anglais, je peux suivre vos commandes et répondre à vos questions sur la livraison et "
            "les retours. Si vous préférez parler à une personne de notre équipe, répondez « conseiller »."
        ),
        "handoff": (
            "Bien sûr. Je vous mets en relation avec une personne de notre équipe : elle verra cette conversation et "
            "vous répondra ici même, peut-être en anglais."
        ),
        "crisis": (
            "Je suis vraiment désolé que vous traversiez cela, et merci de nous l'avoir dit. Vous n'avez pas à "
            "affronter cela sans aide. Si vous êtes en danger en ce moment, appelez le 112. Vous pouvez parler à "
            "quelqu'un à tout moment, en toute confidentialité : en France, appelez le 3114, gratuit, jour et nuit ; "
            "ailleurs, findahelpline.com indique une ligne d'écoute près de chez vous. Je préviens aussi tout de "
            "suite une personne de notre équipe."
        ),
        "danger": (
            "Je suis désolé que cela vous arrive, et merci de nous l'avoir dit. Votre sécurité passe avant tout : si "
            "vous êtes en danger en ce moment, appelez le 112 (le 17 en France). Je préviens tout de suite une "
            "personne de notre équipe."
        ),
        "privacy_notice": (
            "À propos de votre vie privée : les personnes de notre équipe d'assistance verront cette conversation, "
            "c'est-à-dire vos messages, un court résumé de votre demande et les détails de vos commandes. Les numéros "
            "de carte, mots de passe et autres données secrètes sont retirés avant qu'elles ne voient quoi que ce "
            "soit. Nous conservons la conversation {retention_days} jours puis la supprimons, ou plus tôt si vous nous "
            "demandez d'effacer vos données. Notre politique de confidentialité complète : {policy_url}"
        ),
    },
    "de": {
        "capabilities": (
            "Hallo. Es tut mir leid: Im Moment verstehe ich nur Englisch gut, deshalb habe ich Ihre Nachricht "
            "vielleicht nicht verstanden. Auf Englisch kann ich Ihre Bestellungen nachverfolgen und Fragen zu Versand "
            "und Rücksendungen beantworten. Wenn Sie lieber mit jemandem aus unserem Team sprechen möchten, antworten "
            "Sie einfach „Mitarbeiter“."
        ),
        "handoff": (
            "Gern. Ich hole jemanden aus unserem Team dazu, der dieses Gespräch sieht und Ihnen hier antwortet, "
            "möglicherweise auf Englisch."
        ),
        "crisis": (
            "Es tut mir sehr leid, dass Sie das gerade durchmachen, und danke, dass Sie es uns sagen. Sie müssen da "
            "nicht allein durch. Wenn Sie gerade in Gefahr sind, rufen Sie bitte sofort den Notruf 112 an. Sie können "
            "jederzeit kostenlos und vertraulich mit jemandem sprechen: in Deutschland bei der TelefonSeelsorge unter "
            "0800 111 0 111 oder 0800 111 0 222, in Österreich unter 142, in der Schweiz unter 143. Ich hole außerdem "
            "sofort jemanden aus unserem Team dazu."
        ),
        "danger": (
            "Es tut mir sehr leid, dass Ihnen das passiert, und danke, dass Sie es uns sagen. Ihre Sicherheit geht "
            "vor: Wenn Sie gerade in Gefahr sind, rufen Sie bitte den Notruf an (110 oder 112). Ich hole sofort "
            "jemanden aus unserem Team dazu."
        ),
        "privacy_notice": (
            "Ein Hinweis zum Datenschutz: Menschen aus unserem Support-Team sehen dieses Gespräch – Ihre Nachrichten, "
            "eine kurze Zusammenfassung Ihres Anliegens und die Details Ihrer Bestellungen. Kartennummern, Passwörter "
            "und andere vertrauliche Angaben werden entfernt, bevor sie etwas sehen. Wir bewahren das Gespräch "
            "{retention_days} Tage auf und löschen es dann, oder früher, wenn Sie uns bitten, Ihre Daten zu löschen. "
            "Unsere vollständige Datenschutzerklärung: {policy_url}"
        ),
    },
    "pt": {
        "capabilities": (
            "Olá. Desculpe: por enquanto, só entendo bem inglês, então talvez eu não tenha entendido sua mensagem. "
            "Em inglês, posso acompanhar seus pedidos e responder perguntas sobre entregas e devoluções. Se preferir "
            "falar com uma pessoa da nossa equipe, responda \"pessoa\"."
        ),
        "handoff": (
            "Claro. Vou chamar uma pessoa da nossa equipe, que verá esta conversa e responderá aqui mesmo, talvez em "
            "inglês."
        ),
        "crisis": (
            "Sinto muito que você esteja passando por isso, e obrigado por nos contar. Você não precisa enfrentar "
            "isso sem ajuda. Se estiver em perigo agora, ligue para o número de emergência (192 no Brasil, 112 em "
            "Portugal). Você pode conversar com alguém a qualquer hora, com sigilo: no Brasil, ligue 188 (CVV), de "
            "graça; em Portugal, ligue para o SNS 24 (808 24 24 24); em outros lugares, findahelpline.com indica uma "
            "linha de apoio perto de você. Também estou chamando agora uma pessoa da nossa equipe."
        ),
        "danger": (
            "Sinto muito que isso esteja acontecendo com você, e obrigado por nos contar. Sua segurança vem "
            "primeiro: se estiver em perigo agora, ligue para a polícia (190 no Brasil, 112 em Portugal). Estou "
            "chamando agora uma pessoa da nossa equipe."
        ),
        "privacy_notice": (
            "Sobre sua privacidade: pessoas da nossa equipe de atendimento verão esta conversa — suas mensagens, um "
            "breve resumo do que você precisa e os detalhes dos seus pedidos. Números de cartão, senhas e outros "
            "dados secretos são removidos antes que vejam qualquer coisa. Guardamos a conversa por {retention_days} "
            "dias e depois a apagamos, ou antes, se você pedir que apaguemos seus dados. Nossa política de "
            "privacidade completa: {policy_url}"
        ),
    },
    "it": {
        "capabilities": (
            "Buongiorno. Mi dispiace: per ora capisco bene solo l'inglese, quindi forse non ho capito il suo "
            "messaggio. In inglese posso seguire i suoi ordini e rispondere a domande su spedizioni e resi. Se "
            "preferisce parlare con una persona del nostro team, risponda «operatore»."
        ),
        "handoff": (
            "Certo. La metto in contatto con una persona del nostro team, che vedrà questa conversazione e le "
            "risponderà qui, forse in inglese."
        ),
        "crisis": (
            "Mi dispiace molto che stia attraversando questo momento, e grazie per avercelo detto. Non deve "
            "affrontarlo senza aiuto. Se è in pericolo adesso, chiami il 112. Può parlare con qualcuno in qualsiasi "
            "momento, in modo riservato: in Italia, Telefono Amico allo 02 2327 2327; altrove, findahelpline.com "
            "indica una linea di ascolto vicina. Sto avvisando subito anche una persona del nostro team."
        ),
        "danger": (
            "Mi dispiace molto che le stia succedendo questo, e grazie per avercelo detto. La sua sicurezza viene "
            "prima di tutto: se è in pericolo adesso, chiami il 112; in Italia c'è anche il 1522, gratuito e attivo "
            "giorno e notte, contro la violenza e lo stalking. Sto avvisando subito una persona del nostro team."
        ),
        "privacy_notice": (
            "Una nota sulla privacy: le persone del nostro team di assistenza vedranno questa conversazione, cioè i "
            "suoi messaggi, un breve riepilogo di ciò di cui ha bisogno e i dettagli dei suoi ordini. Numeri di "
            "carta, password e altri dati riservati vengono rimossi prima che vedano qualsiasi cosa. Conserviamo la "
            "conversazione per {retention_days} giorni e poi la cancelliamo, o prima se ci chiede di cancellare i "
            "suoi dati. La nostra informativa sulla privacy completa: {policy_url}"
        ),
    },
    "nl": {
        "capabilities": (
            "Hallo. Het spijt me: voorlopig begrijp ik alleen Engels goed, dus misschien heb ik uw bericht niet "
            "begrepen. In het Engels kan ik uw bestellingen volgen en vragen over verzending en retourneren "
            "beantwoorden. Wilt u liever met iemand van ons team praten? Antwoord dan „medewerker”."
        ),
        "handoff": (
            "Natuurlijk. Ik haal iemand van ons team erbij. Die ziet dit gesprek en antwoordt u hier, mogelijk in het "
            "Engels."
        ),
        "crisis": (
            "Het spijt me heel erg dat u dit doormaakt, en dank u dat u het ons vertelt. U hoeft dit niet alleen te "
            "dragen. Bent u nu in gevaar, bel dan 112. U kunt altijd anoniem en gratis met iemand praten: in "
            "Nederland bij 113 Zelfmoordpreventie, bel 113 of 0800-0113; in België bij de Zelfmoordlijn, 1813. Ik haal "
            "ook meteen iemand van ons team erbij."
        ),
        "danger": (
            "Het spijt me heel erg dat u dit overkomt, en dank u dat u het ons vertelt. Uw veiligheid gaat voor: bent "
            "u nu in gevaar, bel dan 112. Ik haal meteen iemand van ons team erbij."
        ),
        "privacy_notice": (
            "Over uw privacy: mensen van ons supportteam zien dit gesprek – uw berichten, een korte samenvatting van "
            "wat u nodig hebt en de gegevens van uw bestellingen. Kaartnummers, wachtwoorden en andere geheime "
            "gegevens worden verwijderd voordat zij iets zien. We bewaren het gesprek {retention_days} dagen en "
            "verwijderen het daarna, of eerder als u ons vraagt uw gegevens te verwijderen. Ons volledige "
            "privacybeleid: {policy_url}"
        ),
    },
    "pl": {
        "capabilities": (
            "Dzień dobry. Przepraszam, na razie dobrze rozumiem tylko język angielski, więc ta wiadomość mogła zostać "
            "źle zrozumiana. Po angielsku mogę sprawdzić zamówienia i odpowiedzieć na pytania o dostawę i zwroty. "
            "Aby porozmawiać z osobą z naszego zespołu, wystarczy odpisać „konsultant”."
        ),
        "handoff": (
            "Oczywiście. Przekazuję rozmowę osobie z naszego zespołu – zobaczy tę rozmowę i odpowie tutaj, być może "
            "po angielsku."
        ),
        "crisis": (
            "Bardzo mi przykro, że przez to przechodzisz, i dziękuję, że nam o tym mówisz. Nie trzeba mierzyć się z "
            "tym bez pomocy. Jeśli grozi Ci teraz niebezpieczeństwo, zadzwoń pod numer alarmowy 112. O każdej porze "
            "można bezpłatnie i poufnie z kimś porozmawiać: Centrum Wsparcia dla Osób Dorosłych w Kryzysie "
            "Psychicznym, 800 70 2222, lub telefon zaufania 116 123. Od razu przekazuję też rozmowę osobie z naszego "
            "zespołu."
        ),
        "danger": (
            "Bardzo mi przykro, że to się dzieje, i dziękuję, że nam o tym mówisz. Twoje bezpieczeństwo jest "
            "najważniejsze: jeśli grozi Ci teraz niebezpieczeństwo, zadzwoń pod 112. Od razu przekazuję rozmowę "
            "osobie z naszego zespołu."
        ),
        "privacy_notice": (
            "Informacja o prywatności: osoby z naszego zespołu obsługi zobaczą tę rozmowę – wiadomości, krótkie "
            "podsumowanie sprawy i szczegóły zamówień. Numery kart, hasła i inne poufne dane są usuwane, zanim "
            "ktokolwiek je zobaczy. Przechowujemy rozmowę przez {retention_days} dni, a potem ją usuwamy, albo "
            "wcześniej, na prośbę o usunięcie danych. Pełna polityka prywatności: {policy_url}"
        ),
    },
    "tr": {
        "capabilities": (
            "Merhaba. Üzgünüm, şu an yalnızca İngilizceyi iyi anlayabiliyorum; bu yüzden mesajınızı anlamamış "
            "olabilirim. İngilizce olarak siparişlerinizi takip edebilir, kargo ve iade sorularınızı "
            "yanıtlayabilirim. Ekibimizden biriyle görüşmek isterseniz \"temsilci\" yazmanız yeterli."
        ),
        "handoff": (
            "Elbette. Sizi ekibimizden birine aktarıyorum; bu konuşmayı görecek ve size buradan, belki İngilizce "
            "olarak yanıt verecek."
        ),
        "crisis": (
            "Bunu yaşadığınız için çok üzgünüm, bize anlattığınız için teşekkür ederim. Bununla tek başınıza "
            "uğraşmak zorunda değilsiniz. Şu anda tehlikedeyseniz lütfen hemen 112'yi arayın. Yakınınızdaki ücretsiz "
            "ve gizli bir destek hattını findahelpline.com adresinde bulabilirsiniz. Ekibimizden birini de hemen bu "
            "konuşmaya çağırıyorum."
        ),
        "danger": (
            "Bunun başınıza gelmesine çok üzüldüm, bize anlattığınız için teşekkür ederim. Güvenliğiniz her şeyden "
            "önce gelir: şu anda tehlikedeyseniz lütfen hemen 112'yi arayın. Ekibimizden birini hemen çağırıyorum."
        ),
        "privacy_notice": (
            "Gizliliğiniz hakkında: destek ekibimizdeki kişiler bu konuşmayı görecek; yani mesajlarınızı, neye "
            "ihtiyacınız olduğunun kısa bir özetini ve siparişlerinizin ayrıntılarını. Kart numaraları, şifreler ve "
            "diğer gizli bilgiler, onlar herhangi bir şey görmeden önce kaldırılır. Konuşmayı {retention_days} gün "
            "saklar, sonra sileriz; verilerinizin silinmesini isterseniz daha önce sileriz. Gizlilik politikamızın "
            "tamamı: {policy_url}"
        ),
    },
    "ru": {
        "capabilities": (
            "Здравствуйте. К сожалению, пока я хорошо понимаю только английский, поэтому ваше сообщение могло быть "
            "понято неверно. На английском я могу проверить ваши заказы и ответить на вопросы о доставке и возврате. "
            "Если хотите поговорить с сотрудником нашей команды, просто ответьте «оператор»."
        ),
        "handoff": (
            "Конечно. Я подключаю сотрудника нашей команды: он увидит этот разговор и ответит вам здесь, возможно, "
            "по-английски."
        ),
        "crisis": (
            "Мне очень жаль, что вам сейчас так тяжело, и спасибо, что рассказали нам. Вы не обязаны справляться с "
            "этим в одиночку. Если вам прямо сейчас угрожает опасность, позвоните по номеру экстренных служб 112. "
            "Бесплатную и анонимную линию помощи рядом с вами можно найти на findahelpline.com. Я также прямо сейчас "
            "подключаю сотрудника нашей команды."
        ),
        "danger": (
            "Мне очень жаль, что с вами это происходит, и спасибо, что рассказали нам. Ваша безопасность важнее "
            "всего: если вам прямо сейчас угрожает опасность, позвоните по номеру 112. Я прямо сейчас подключаю "
            "сотрудника нашей команды."
        ),
        "privacy_notice": (
            "О вашей конфиденциальности: сотрудники нашей службы поддержки увидят этот разговор — ваши сообщения, "
            "краткое описание вашего вопроса и сведения о ваших заказах. Номера карт, пароли и другие секретные "
            "данные удаляются до того, как сотрудники что-либо увидят. Срок хранения разговора — {retention_days} "
            "дн., после чего мы его удаляем, или раньше, если вы попросите удалить ваши данные. Полная политика "
            "конфиденциальности: {policy_url}"
        ),
    },
    "zh": {
        "capabilities": (
            "您好。很抱歉，我目前只能较好地理解英文，所以可能没有理解您的消息。用英文的话，我可以帮您查询订单，并回答有"
            "关配送和退货的问题。如果您想和我们团队的工作人员沟通，请直接回复“人工”。"
        ),
        "handoff": "好的。我正在为您转接我们团队的工作人员，他们会看到这段对话，并在这里回复您（可能使用英文）。",
        "crisis": (
            "听到您正在经历这些，我真的很难过，谢谢您愿意告诉我们。您不必独自面对。如果您现在有危险，请立即拨打当地的紧"
            "急电话（中国大陆为 110 或 120）。您也可以在 findahelpline.com 找到离您最近的免费、保密的求助热线。我也正在"
            "立即为您联系我们团队的工作人员。"
        ),
        "danger": (
            "很抱歉您遭遇了这样的事，谢谢您告诉我们。您的安全最重要：如果您现在有危险，请立即拨打当地的报警电话（中国大"
            "陆为 110）。我正在立即为您联系我们团队的工作人员。"
        ),
        "privacy_notice": (
            "关于您的隐私：我们支持团队的工作人员将看到这段对话，包括您的消息、您需求的简要摘要以及您的订单详情。在他们"
            "看到任何内容之前，银行卡号、密码和其他机密信息都会被删除。我们会将对话保存 {retention_days} 天后删除；如果"
            "您要求删除您的数据，我们会更早删除。完整的隐私政策：{policy_url}"
        ),
    },
    "ja": {
        "capabilities": (
            "こんにちは。申し訳ありません。現在、私は英語しか十分に理解できないため、メッセージを正しく理解できていない"
            "かもしれません。英語であれば、ご注文の状況確認や、配送・返品に関するご質問にお答えできます。担当者と話した"
            "い場合は「担当者」とご返信ください。"
        ),
        "handoff": "承知しました。担当者におつなぎします。担当者はこの会話を確認し、こちらで返信します（英語での返信に"
                   "なる場合があります）。",
        "crisis": (
            "つらい思いを話してくださり、ありがとうございます。一人で抱え込む必要はありません。今まさに危険な状態にある"
            "場合は、すぐに119（救急）または110（警察）に電話してください。findahelpline.com では、お近くの無料・秘密厳"
            "守の相談窓口を探せます。また、今すぐ担当者にもおつなぎします。"
        ),
        "danger": (
            "話してくださり、ありがとうございます。あなたの安全が何より大切です。今まさに危険な状態にある場合は、すぐ"
            "に110（警察）に電話してください。今すぐ担当者におつなぎします。"
        ),
        "privacy_notice": (
            "プライバシーについて：サポートチームの担当者がこの会話を確認します。確認する内容は、あなたのメッセージ、ご"
            "用件の短い要約、ご注文の詳細です。担当者が目にする前に、カード番号やパスワードなどの秘密情報は削除されま"
            "す。会話は{retention_days}日間保存した後に削除します。データの削除をご希望の場合は、それより早く削除しま"
            "す。プライバシーポリシーの全文：{policy_url}"
        ),
    },
    "ar": {
        "capabilities": (
            "مرحبًا. عذرًا، أنا حاليًا لا أفهم جيدًا إلا اللغة الإنجليزية، لذلك ربما لم أفهم رسالتك. باللغة الإنجليزية "
            "يمكنني تتبّع طلباتك والإجابة عن أسئلة الشحن والإرجاع. إذا كنت تفضّل التحدث مع شخص من فريقنا، فأرسل كلمة "
            "«موظف»."
        ),
        "handoff": "بالتأكيد. سأحوّلك الآن إلى شخص من فريقنا، سيطّلع على هذه المحادثة ويرد عليك هنا، وربما باللغة "
                   "الإنجليزية.",
        "crisis": (
            "أنا آسف جدًا لأنك تمرّ بهذا، وشكرًا لأنك أخبرتنا. لست مضطرًا لمواجهة هذا وحدك. إذا كنت في خطر الآن، فاتصل "
            "فورًا برقم الطوارئ المحلي. يمكنك أيضًا العثور على خط مساعدة مجاني وسرّي قريب منك على findahelpline.com. "
            "وأنا أستدعي الآن شخصًا من فريقنا."
        ),
        "danger": (
            "أنا آسف جدًا لما يحدث لك، وشكرًا لأنك أخبرتنا. سلامتك أولًا: إذا كنت في خطر الآن، فاتصل فورًا برقم "
            "الطوارئ المحلي. أنا أستدعي الآن شخصًا من فريقنا."
        ),
        "privacy_notice": (
            "ملاحظة حول خصوصيتك: سيطّلع أشخاص من فريق الدعم لدينا على هذه المحادثة، أي رسائلك وملخص قصير لما تحتاجه "
            "وتفاصيل طلباتك. تُحذف أرقام البطاقات وكلمات المرور وغيرها من البيانات السرية قبل أن يروا أي شيء. نحتفظ "
            "بالمحادثة لمدة {retention_days} يومًا ثم نحذفها، أو قبل ذلك إذا طلبت منا حذف بياناتك. سياسة الخصوصية "
            "الكاملة: {policy_url}"
        ),
    },
}
